"""The seed article the project was built from (Kalimantanpost.online, 15 May 2024), verbatim.

Paragraphs are exactly as published, with trailing whitespace removed; the dateline and the credit lines are
kept separately.
"""

SEED_TITLE = 'Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024'
SEED_LEAD = "Ketapang, Kalimantanpost.online.-"
SEED_PARAGRAPHS = [
    'Jajaran Humas Polres Ketapang Polda Kalbar yang diwakili Kasi Humas AKP Sumiadinata dan operator PID Bripka Hariansyah mengikuti Rapat Kerja Teknis (Rakernis) Humas Polda Kalbar tahun 2024 di Ballroom Akasia Hotel Alimoer Pontianak, Rabu (15/5/2024) pukul 08.00 wib.',
    'Kegiatan ini dibuka secara langsung oleh Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya, S.I.K., M.M., dan dihadiri pejabat utama Bidhumas Polda Kalbar, serta Kasi Humas dan operator Pengelolaan Informasi Dokumentasi Seksi Humas Polres Jajaran Polda Kalbar.',
    'Dalam sambutannya, Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya, S.I.K., M.M., menyatakan bahwa Rakernis ini merupakan momen yang sangat penting dalam upaya meningkatkan kemampuan profesi, menguatkan komitmen, dan menyamakan persepsi tentang tugas dan peran kehumasan Polri dalam rangka mendukung stabilitas kamtibmas yang kondusif.',
    '“Selain itu, rakernis ini juga merupakan sarana untuk kita bersama-sama mendukung program pemerintah pada tahun 2024, yang menitikberatkan pada percepatan transformasi ekonomi sehingga pertumbuhan ekonomi Indonesia dengan dipengaruhi oleh perkembangan situasi secara nasional, regional maupun internasional dapat tetap tumbuh dan berkembang dengan baik. Sejalan dengan hal tersebut, Rakernis Humas Polda Kalbar Tahun 2024 mengangkat tema Humas Polri yang Presisi Siap Mendukung Stabilitas Kamtibmas yang Kondusif dalam Proses Demokrasi Guna Percepatan Transformasi Ekonomi yang Inklusif dan Berkelanjutan,” ujar Kombes. Pol. Raden Petit Wijaya, S.I.K., M.M.',
    'Lebih lanjut, Kabid Humas menjelaskan humas merupakan garda terdepan untuk membangun opini publik terhadap kinerja Polri, maupun terhadap informasi up to date yang diminta masyarakat. Menyikapi tuntutan masyarakat tersebut maka perlu adanya pembenahan terhadap teknologi informasi yang dimiliki sehingga output yang diharapkan humas ke depan mampu memberikan informasi positif dengan cepat dan akurat kepada masyarakat,” tutur Kabid Humas.',
    'Ditambahkan Kabid Humas, dirinya menekankan kepada jajaran humas untuk meningkatkan hubungan kemitraan dan kerjasama dengan semua lapisan masyarakat, terutama dengan kalangan pers dan instansi terkait lainnya serta tingkatkan kemampuan menghimpun dan mengolah serta mendistribusikan informasi secara merata, menyeluruh, cepat, tepat, dan akurat.',
    '"Humas Polri harus bisa menjadi jembatan penghubung, apa yang menjadi keinginan masyarakat terhadap Polri melalui komunikasi dan penyampaian informasi. Selain itu terkait Pilkada nanti di bulan November nanti Kita harus menjadi cooling system. Jika ada orang melempar isu-isu tidak benar, kita harus langsung mengklarifikasinya. Tugas kita adalah sebagai pendingin atau cooling system. Berikan informasi yang benar kepada masyarakat sehingga mereka tahu jika ada berita tidak benar, kita langsung klarifikasi,” ujar Kabid Humas.',
    '“Humas Polri ini adalah bagaimana kita menyatukan informasi yang objektif dan terpercaya. Humas Polri saat ini sudah menjadi fungsi operasional sama seperti fungsi operasional lainnya," tambah Kabid Humas.',
    'Lebih lanjut, Kabid humas Polda Kalbar mengatakan kepada seluruh peserta dan teman-teman semuanya harus memahami bahwa sebagai anggota Polri, teman-teman juga merupakan pengemban fungsi kehumasan.',
    '“Kita memiliki UU tentang pers, yang artinya setiap orang mempunyai hak untuk menyampaikan informasi dan ada juga Undang-Undang No. 14 Tahun 2008 tentang Keterbukaan Informasi Publik,” ujar Kabidhumas.',
    'Rakernis ini dilanjutkan dengan foto bersama, pemberian cindera mata, e learning serta diskusi panel yang menghadirkan narasumber dari berbagai kalangan yang membahas tentang berbagai topik terkait kehumasan Polri, seperti strategi komunikasi publik, pemanfaatan media sosial, dan membangun hubungan dengan media.',
]
SEED_TRAILER = ["Sumber: Humas Polres Ketapang", "Editor: Lisa"]
