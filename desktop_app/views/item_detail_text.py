"""The words the item detail pane shows for an item: its kind, its creators' roles, what the person
did with it and each entry of their history. Translated in the pane's context, ``ItemDetailPane``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt

from engine.item_detail import HistoryEntry
from engine.library.models import ItemState


def kind_label(kind: str) -> str:
    labels = {"book": QCoreApplication.translate("ItemDetailPane", "Book"),
              "film": QCoreApplication.translate("ItemDetailPane", "Film"),
              "series": QCoreApplication.translate("ItemDetailPane", "Series"),
              "article": QCoreApplication.translate("ItemDetailPane", "Article"),
              "other": QCoreApplication.translate("ItemDetailPane", "Other")}
    return labels.get(kind, kind)


def role_label(role: str) -> str:
    labels = {"author": QCoreApplication.translate("ItemDetailPane", "author"),
              "director": QCoreApplication.translate("ItemDetailPane", "director"),
              "actor": QCoreApplication.translate("ItemDetailPane", "actor"),
              "creator": QCoreApplication.translate("ItemDetailPane", "creator"),
              "writer": QCoreApplication.translate("ItemDetailPane", "writer"),
              "translator": QCoreApplication.translate("ItemDetailPane", "translator"),
              "editor": QCoreApplication.translate("ItemDetailPane", "editor"),
              "illustrator": QCoreApplication.translate("ItemDetailPane", "illustrator"),
              "narrator": QCoreApplication.translate("ItemDetailPane", "narrator")}
    return labels.get(role.lower(), role)


def state_text(state: ItemState) -> str:
    parts = ([QCoreApplication.translate("ItemDetailPane", "Your rating: %s★") % f"{state.rating:g}"]
             if state.rating is not None else [])
    statuses = {"wishlist": QCoreApplication.translate("ItemDetailPane", "On your wishlist"),
                "started": QCoreApplication.translate("ItemDetailPane", "Reading or watching"),
                "finished": QCoreApplication.translate("ItemDetailPane", "Finished"),
                "abandoned": QCoreApplication.translate("ItemDetailPane", "Abandoned")}
    if state.status:
        parts.append(statuses.get(state.status, state.status))
    for flag, text in (("liked", QCoreApplication.translate("ItemDetailPane", "Liked")),
                       ("disliked", QCoreApplication.translate("ItemDetailPane", "Disliked")),
                       ("dismissed", QCoreApplication.translate("ItemDetailPane", "Not interested")),
                       ("seen", QCoreApplication.translate("ItemDetailPane", "Seen"))):
        if getattr(state, flag):
            parts.append(text)
    return " · ".join(parts) or QCoreApplication.translate("ItemDetailPane",
                                                           "You have not rated or marked this yet")


def history_text(entry: HistoryEntry) -> str:
    names = {"finished": QCoreApplication.translate("ItemDetailPane", "Finished"),
             "started": QCoreApplication.translate("ItemDetailPane", "Started"),
             "wishlist": QCoreApplication.translate("ItemDetailPane", "Added to the wishlist"),
             "abandoned": QCoreApplication.translate("ItemDetailPane", "Abandoned"),
             "liked": QCoreApplication.translate("ItemDetailPane", "Liked"),
             "disliked": QCoreApplication.translate("ItemDetailPane", "Disliked"),
             "dismissed": QCoreApplication.translate("ItemDetailPane", "Marked not interested"),
             "seen": QCoreApplication.translate("ItemDetailPane", "Marked as seen"),
             "clicked": QCoreApplication.translate("ItemDetailPane", "Opened from a recommendation")}
    what = (QCoreApplication.translate("ItemDetailPane", "Rated %s★") % f"{entry.value or 0:g}"
            if entry.type == "rated" else names.get(entry.type, entry.type))
    stamp = QDateTime.fromString(entry.at, Qt.DateFormat.ISODate)
    when = QLocale().toString(stamp.toLocalTime().date(), QLocale.FormatType.ShortFormat) \
        if stamp.isValid() else entry.at[:10]
    if not entry.dated:
        when = QCoreApplication.translate("ItemDetailPane", "recorded %s") % when
    text = f"{when} · {what}"
    return QCoreApplication.translate("ItemDetailPane", "%s (undone)") % text if entry.undone else text
