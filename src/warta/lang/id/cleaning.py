"""What page furniture and source citations look like in Indonesian news pages.

Furniture cues are applied to every article whatever its language (Indonesian pages carry
English share bars and the reverse), so each pack lists only its own language's words.
"""

# jusText's stoplist for this language (justext.get_stoplist(name)): the share of stopwords in a
# line is the main sign that it is running prose rather than navigation.
JUSTEXT_STOPLIST = "Indonesian"

# Words of share bars and social buttons; a line made only of these is a share bar.
SHARE_WORDS = [
    "bagikan", "bagikan:", "berbagi", "sebarkan", "salin", "tautan", "salin tautan",
    "kirim", "komentar", "suka",
]

# A line that opens a block of links to other articles; the short lines after it are those
# linked headlines, not article text.
RELATED_CUES = [
    "baca juga", "baca juga:", "artikel terkait", "berita terkait", "berita lainnya",
    "baca selengkapnya", "selanjutnya", "sebelumnya", "terpopuler", "berita terpopuler",
    "pilihan redaksi", "rekomendasi", "lihat juga", "simak juga", "tonton juga", "baca",
    "lanjutkan membaca", "lanjut baca", "baca berikutnya", "berita selanjutnya",
]

# First words of a breadcrumb trail ("Beranda › Nasional › ...").
BREADCRUMB_ROOTS = ["beranda", "halaman utama", "indeks"]

# Advertising and engagement prompts that stand alone on a line.
PROMPTS = [
    "iklan", "advertorial", "gulir untuk melanjutkan", "scroll untuk melanjutkan",
    "bagaimana reaksi anda", "bagaimana reaksi anda?", "tinggalkan komentar",
    "tulis komentar", "ikuti kami", "ikuti kami di", "berlangganan", "klik di sini",
    "editor", "penulis", "pewarta", "sumber",
]

# Gambling and lottery spam injected into hacked Indonesian news sites.
SPAM_TERMS = [
    "togel", "slot gacor", "slot online", "situs slot", "judi online", "judi bola",
    "pengeluaran hk", "pengeluaran sgp", "pengeluaran sdy", "keluaran hk", "keluaran sgp",
    "data hk", "data sgp", "live draw", "bandar togel", "agen slot", "rtp slot", "maxwin",
]

# Words of timestamp lines ("Rabu, 13 Maret 2024 | 19:42 WIB", "Diperbarui 2 jam lalu"), besides
# weekday and month names and numbers.
TIMESTAMP_WORDS = [
    "diperbarui", "dipublikasikan", "diterbitkan", "diposting", "diunggah", "terbit", "pukul",
    "wib", "wita", "wit", "menit", "baca", "waktu", "lalu", "jam", "hari", "tanggal", "pada",
]

# First words of a byline ("Oleh: Rina", "Penulis: ...").
BYLINE_CUES = ["oleh", "penulis", "reporter", "editor", "pewarta", "fotografer", "foto", "sumber",
               "redaktur", "kontributor", "laporan wartawan", "laporan reporter",
               "laporan koresponden", "penyunting"]

# Words of calls to action (subscribe, install the app, follow us). A line that holds two of them,
# or one and a link, is the site talking to its reader, not the article.
CTA_WORDS = [
    "berlangganan", "langganan", "unduh", "download", "install", "instal", "aplikasi", "gabung",
    "bergabung", "ikuti", "follow", "klik", "simak", "kanal", "channel", "whatsapp channel",
    "telegram channel", "notifikasi", "daftar", "hubungi kami", "kirimkan", "newsletter",
    "google news", "saluran",
]

COPYRIGHT_MARKERS = ["hak cipta", "dilindungi undang-undang", "dilarang keras mengambil",
                     "tanpa izin tertulis", "dilarang mengutip"]

# Page counters ("Halaman 2 dari 3").
PAGE_WORDS = ["halaman", "hal"]
PAGE_OF_WORDS = ["dari"]

# Cues before the name of a source the article draws on: "dilansir The New Arab",
# "seperti dikutip oleh Anadolu", "kantor berita negara Azertac". Lower-case words between the
# cue and the name ("negara") are allowed. Any capitalised name after these is a source.
CITATION_CUES_BEFORE = [
    "dilansir dari", "dilansir", "melansir", "seperti dilansir", "dikutip dari", "dikutip oleh",
    "seperti dikutip", "mengutip", "dikutip", "kantor berita", "menurut kantor berita",
]
# Weaker cues: the name after them counts only if it is a known medium (warta/data/media.py).
CITATION_CUES_WEAK_BEFORE = [
    "menurut", "kepada", "dalam wawancara dengan", "laporan", "dalam laporan", "diberitakan",
    "menurut laporan",
]
# Cues after the name ("Interfax melaporkan"), also weak.
CITATION_CUES_AFTER = ["melaporkan", "memberitakan", "mewartakan"]
# Cues after the name that make any name a source.
CITATION_CUES_STRONG_AFTER: list[str] = []

# The word before an author's name that ends a timestamp line ("10 Februari 2020 oleh Hanin").
BYLINE_AGENTS = ["oleh"]

# Words that make a name a medium ("kantor berita Antara", "Harian Kompas"): a name after a weak
# citation cue counts as a cited source only if it is a known agency or holds one of these.
MEDIA_WORDS = ["kantor berita", "harian", "televisi"]
