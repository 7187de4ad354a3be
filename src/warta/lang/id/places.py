"""Words after which a capitalised name is a place ("kota Martakert", "di Stepanakert")."""

PLACE_CUES = ["kota", "desa", "wilayah", "di", "ke arah", "dekat", "daerah", "kawasan",
              "distrik", "kabupaten", "provinsi", "kecamatan", "kampung", "ibu kota", "dari",
              "menuju", "sekitar", "perbatasan", "kota-kota", "desa-desa", "pinggiran",
              "region", "negara bagian", "pulau", "ke", "jalan", "pos"]
# Joiners inside a list of places ("Terter, Agdam dan Agjabedi").
LIST_JOINERS = [",", "dan", "serta", "atau"]
