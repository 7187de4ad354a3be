"""Contoh kalimat per sub-jenis peristiwa ACLED, ditulis untuk warta (tanpa teks dari luar).

See ``lang/en/event_examples.py``: the examples of every installed pack are used together in
one multilingual embedding space.
"""

EXAMPLES: dict[str, list[str]] = {
    "Armed clash": [
        "Pasukan pemerintah terlibat baku tembak dengan kelompok bersenjata di dekat desa itu.",
        "Tentara dan pemberontak bertempur selama dua jam di pinggiran kota.",
        "Kontak senjata terjadi antara aparat keamanan dan kelompok separatis di hutan.",
        "Kelompok bersenjata menyerang pos militer dan prajurit membalas tembakan.",
        "Dua milisi yang bersaing bentrok memperebutkan wilayah, empat anggota tewas.",
        "Pasukan menangkis serangan musuh terhadap posisi mereka di garis depan.",
        "Polisi baku tembak dengan kawanan perampok bersenjata di jalan raya.",
        "Tentara menewaskan lima militan dalam operasi militer di pegunungan.",
    ],
    "Government regains territory": [
        "Tentara merebut kembali kota itu dari pemberontak setelah pertempuran tiga hari.",
        "Pasukan pemerintah menguasai kembali distrik yang sempat diduduki militan.",
    ],
    "Non-state actor overtakes territory": [
        "Pemberontak merebut kota setelah pasukan pemerintah mundur.",
        "Militan menguasai markas tentara dan desa-desa di sekitarnya.",
    ],
    "Air/drone strike": [
        "Pesawat tempur melancarkan serangan udara ke kota yang dikuasai pemberontak.",
        "Serangan pesawat nirawak menghantam kendaraan yang membawa militan.",
        "Jet tempur membom posisi kelompok bersenjata di pegunungan.",
        "Drone militer menyerang sebuah rumah di desa itu dan menewaskan dua anak.",
    ],
    "Shelling/artillery/missile attack": [
        "Artileri menembaki pinggiran kota semalaman dan merusak puluhan rumah.",
        "Pemberontak menembakkan mortir ke pangkalan militer dekat bandara.",
        "Sebuah roket jatuh di permukiman warga dan melukai tiga orang.",
        "Pasukan membombardir desa-desa di sepanjang garis depan dengan artileri berat.",
        "Rudal balistik menghantam kawasan industri kota itu.",
    ],
    "Remote explosive/landmine/IED": [
        "Bom rakitan meledak saat konvoi militer lewat dan menewaskan dua tentara.",
        "Seorang warga tewas ketika mobilnya menginjak ranjau di jalan desa.",
        "Bom mobil meledak di depan markas polisi.",
    ],
    "Suicide bomb": [
        "Pelaku bom bunuh diri meledakkan diri di pos pemeriksaan dan menewaskan empat polisi.",
        "Seorang penyerang meledakkan rompi bahan peledak di dalam masjid yang penuh jemaah.",
    ],
    "Grenade": [
        "Orang tak dikenal melempar granat ke sebuah kafe dan melukai lima orang.",
        "Granat tangan dilemparkan ke arah patroli polisi di pusat kota.",
    ],
    "Attack": [
        "Orang bersenjata menembak mati seorang petani di ladangnya lalu melarikan diri.",
        "Kelompok bersenjata menyerang desa dan membunuh enam warga sipil.",
        "Seorang pria ditemukan tewas dengan luka tembak di pinggir jalan.",
        "Orang tak dikenal masuk ke rumah dan membunuh seorang perempuan.",
        "Anggota geng menikam seorang pemuda hingga tewas.",
        "Jasad seorang tokoh desa ditemukan di sungai dengan tanda-tanda penyiksaan.",
        "Tentara memukuli warga yang melanggar jam malam.",
        "Kelompok bersenjata menembaki warga yang sedang bekerja di kebun.",
    ],
    "Abduction/forced disappearance": [
        "Orang bersenjata menculik seorang pastor dan meminta tebusan.",
        "Kelompok bersenjata menyandera tiga pekerja di jalan menuju kamp.",
        "Seorang pejabat desa diculik oleh pemberontak dan belum ditemukan.",
    ],
    "Sexual violence": [
        "Tentara memperkosa seorang perempuan di desa itu saat operasi penyisiran.",
        "Seorang gadis mengalami kekerasan seksual oleh anggota kelompok bersenjata.",
    ],
    "Peaceful protest": [
        "Ratusan buruh berunjuk rasa di depan kantor kementerian menuntut upah yang belum dibayar.",
        "Warga berdemonstrasi di depan balai kota memprotes kekurangan air bersih.",
        "Mahasiswa menggelar aksi damai di ibu kota menuntut biaya kuliah diturunkan.",
        "Para perawat menggelar aksi duduk di rumah sakit karena kurangnya alat pelindung.",
        "Petani memblokir jalan raya untuk memprotes harga pupuk.",
        "Pendukung oposisi berpawai di pusat kota.",
        "Pedagang berdemo menuntut pasar dibuka kembali.",
    ],
    "Protest with intervention": [
        "Polisi membubarkan pengunjuk rasa dengan gas air mata di depan gedung parlemen.",
        "Aparat membubarkan demonstrasi dan menangkap beberapa peserta aksi.",
        "Polisi menyemprotkan meriam air untuk membubarkan massa mahasiswa.",
    ],
    "Excessive force against protesters": [
        "Tentara menembaki pengunjuk rasa yang tidak bersenjata dan menewaskan dua orang.",
        "Aparat menggunakan peluru tajam terhadap demonstran dan menewaskan beberapa orang.",
    ],
    "Violent demonstration": [
        "Pengunjuk rasa melempari polisi dengan batu dan membakar ban di jalan.",
        "Demonstran membakar kantor polisi setelah seorang tahanan meninggal.",
        "Aksi unjuk rasa berujung ricuh, massa merusak kantor bupati.",
        "Massa aksi bentrok dengan aparat dan membakar kendaraan.",
    ],
    "Mob violence": [
        "Massa menghakimi seorang pria yang diduga mencuri sepeda motor hingga tewas.",
        "Warga mengeroyok terduga pencuri hingga babak belur.",
        "Dua kelompok warga bentrok dengan senjata tajam karena sengketa tanah.",
        "Massa membakar rumah seorang pria yang dituduh dukun santet.",
    ],
    "Arrests": [
        "Polisi menangkap pemimpin partai oposisi di rumahnya.",
        "Aparat keamanan menahan dua puluh orang yang diduga terkait kelompok militan.",
        "Densus menangkap tiga terduga teroris dalam penggerebekan.",
    ],
    "Looting/property destruction": [
        "Orang bersenjata menjarah toko dan membakar rumah-rumah di desa itu.",
        "Kelompok bersenjata membakar gedung sekolah pada malam hari.",
        "Militan menghancurkan menara telekomunikasi.",
    ],
    "Change to group/activity": [
        "Tentara mengirim pasukan tambahan dan kendaraan lapis baja ke garis depan.",
        "Pemerintah memberlakukan jam malam di distrik itu.",
    ],
    "Agreement": [
        "Kedua pihak menandatangani perjanjian gencatan senjata di ibu kota.",
        "Pemerintah dan pemberontak sepakat bertukar tahanan.",
    ],
    "Disrupted weapons use": [
        "Tim penjinak bom menjinakkan bom rakitan di jalan utama.",
        "Sistem pertahanan udara mencegat rudal yang ditembakkan ke kota.",
    ],
    "Other": [
        "Kedua menteri luar negeri bertemu untuk membahas krisis.",
    ],
}

NOT_EVENT: list[str] = [
    # olahraga
    "Kesebelasan itu memilih bertahan dan mengandalkan serangan balik.",
    "Gol kedua lahir dari serangan balik yang cepat.",
    "Sepak pojok dieksekusi oleh gelandang dan disundul masuk oleh bek.",
    "Juara bertahan membantai lawannya 4-0 di kandang sendiri.",
    "Sejak menit awal kedua tim saling menyerang.",
    "Kiper tampil gemilang meredam gempuran lawan.",
    "Pebalap muda itu menduduki peringkat ketiga klasemen sementara.",
    "Kedua tim akan bentrok di babak final pekan depan.",
    "Petinju itu menjatuhkan lawannya pada ronde ketiga.",
    "Suporter merayakan kemenangan timnya di jalan-jalan.",
    "Polisi berjaga di stadion untuk mencegah keributan antarsuporter.",
    "Pelatih mengatakan para pemainnya bertarung hingga menit terakhir.",
    # hiburan, teknologi, bisnis, kiasan
    "Single terbaru band itu menduduki puncak tangga lagu.",
    "Novel itu bercerita tentang seorang detektif yang menyelidiki pembunuhan.",
    "Film aksi itu penuh adegan pertempuran dan ledakan.",
    "Dalam permainan ini, pemain mengendalikan pesawat tempur dan menembak musuh.",
    "Produk baru itu ditargetkan untuk pasar anak muda.",
    "Dua perusahaan itu berperang harga untuk merebut pelanggan.",
    "Aktor itu meninggal setelah berjuang melawan penyakit jantung.",
    "Harga saham anjlok setelah pengumuman itu.",
    # diplomasi, seruan, pernyataan, sejarah, pengadilan
    "PBB menyerukan agar pertempuran segera dihentikan.",
    "Menteri mendesak kedua pihak berhenti menyerang warga sipil.",
    "Presiden mengecam serangan itu dan berjanji mengusut tuntas.",
    "Pemerintah mengancam akan melancarkan serangan jika perundingan gagal.",
    "Juru bicara membantah tentara menembaki desa mana pun.",
    "Kedua negara pernah berperang memperebutkan wilayah itu pada tahun 1990-an.",
    "Konflik itu telah menewaskan ribuan orang sejak dimulai.",
    "Terorisme masih menjadi ancaman serius bagi negara.",
    "Hakim membebaskan terdakwa karena kurang bukti.",
    "Pengadilan menjatuhkan hukuman sepuluh tahun penjara kepada pelaku pembunuhan.",
    "Dua orang tewas ketika truk bertabrakan dengan bus di jalan tol.",
    "Kebakaran menghanguskan gudang, tidak ada korban jiwa.",
    "Banjir merusak ratusan rumah di provinsi itu.",
    # kesehatan, teknologi, antariksa, bisnis
    "Virus itu menyerang sistem kekebalan tubuh dan paru-paru.",
    "Peretas melancarkan serangan siber terhadap situs pemerintah.",
    "Roket pembawa satelit itu diluncurkan dari pusat antariksa.",
    "Perusahaan menargetkan satu juta pengguna baru tahun depan.",
    "Drone ini dilengkapi kamera untuk memotret dari udara.",
    "Penyanyi itu dibebaskan dari penjara setelah menjalani masa hukuman.",
    "Buku itu membahas kekerasan dalam rumah tangga dan cara mencegahnya.",
    "Di tengah pertempuran yang tak kunjung usai, warga bertahan di tempat pengungsian.",
    "Perang itu telah berlangsung selama berminggu-minggu.",
    "Negara itu telah lama memasok senjata dan melatih tentara sekutunya.",
]
