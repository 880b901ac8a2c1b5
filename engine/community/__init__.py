"""Community packs: other people's public ratings, and the models fitted on them."""
