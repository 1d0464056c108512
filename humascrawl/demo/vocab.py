"""Word lists for the demo content generator: Polda/Polres names, officer names, places.

A compact, hand-picked subset of real unit names (Polda abbreviation, headquarters city, time zone, and
some of its Polres/Polresta/Polrestabes).  Officer and village names are invented combinations of common
Indonesian names; they do not refer to real people.
"""

from __future__ import annotations

from datetime import timedelta, timezone

ZONES = {"WIB": timezone(timedelta(hours=7)), "WITA": timezone(timedelta(hours=8)),
         "WIT": timezone(timedelta(hours=9))}

# abbr -> (full name, HQ city, zone)
POLDA = {
    "Kalbar": ("Polda Kalimantan Barat", "Pontianak", "WIB"),
    "Kalsel": ("Polda Kalimantan Selatan", "Banjarmasin", "WITA"),
    "Kalteng": ("Polda Kalimantan Tengah", "Palangka Raya", "WIB"),
    "Kaltim": ("Polda Kalimantan Timur", "Balikpapan", "WITA"),
    "Kaltara": ("Polda Kalimantan Utara", "Tanjung Selor", "WITA"),
    "Jateng": ("Polda Jawa Tengah", "Semarang", "WIB"),
    "Jatim": ("Polda Jawa Timur", "Surabaya", "WIB"),
    "Banten": ("Polda Banten", "Serang", "WIB"),
    "Sumbar": ("Polda Sumatera Barat", "Padang", "WIB"),
    "Sumut": ("Polda Sumatera Utara", "Medan", "WIB"),
    "Kepri": ("Polda Kepulauan Riau", "Batam", "WIB"),
    "Babel": ("Polda Kepulauan Bangka Belitung", "Pangkalpinang", "WIB"),
    "Lampung": ("Polda Lampung", "Bandar Lampung", "WIB"),
    "Sulteng": ("Polda Sulawesi Tengah", "Palu", "WITA"),
    "Bali": ("Polda Bali", "Denpasar", "WITA"),
    "NTB": ("Polda Nusa Tenggara Barat", "Mataram", "WITA"),
    "Maluku": ("Polda Maluku", "Ambon", "WIT"),
    "Papua": ("Polda Papua", "Jayapura", "WIT"),
}

_UNITS_TEXT = """
Kalbar: Polresta Pontianak; Polres Kubu Raya; Polres Mempawah; Polres Singkawang; Polres Sambas; Polres Landak;
  Polres Sanggau; Polres Sintang; Polres Kapuas Hulu; Polres Ketapang; Polres Kayong Utara; Polres Bengkayang;
  Polres Melawi; Polres Sekadau
Kalsel: Polresta Banjarmasin; Polres Banjarbaru; Polres Banjar; Polres Tapin; Polres Hulu Sungai Selatan;
  Polres Tanah Laut; Polres Tabalong; Polres Kotabaru; Polres Tanah Bumbu; Polres Barito Kuala
Kalteng: Polresta Palangka Raya; Polres Kotawaringin Barat; Polres Kotawaringin Timur; Polres Kapuas; Polres Barito Utara
Kaltim: Polresta Samarinda; Polresta Balikpapan; Polres Berau; Polres Paser
Kaltara: Polres Tarakan; Polres Nunukan; Polres Malinau
Jateng: Polres Blora; Polresta Pati; Polres Klaten; Polres Sukoharjo
Jatim: Polres Blitar; Polres Tuban; Polres Jember
Banten: Polres Pandeglang; Polres Lebak
Sumbar: Polresta Padang; Polres Agam
Sumut: Polrestabes Medan; Polres Sibolga
Kepri: Polres Bintan; Polres Karimun
Babel: Polres Belitung; Polres Bangka
Lampung: Polres Metro; Polres Tulang Bawang
Sulteng: Polres Donggala; Polres Poso
Bali: Polres Gianyar
NTB: Polres Lombok Timur
Maluku: Polres Maluku Tengah
Papua: Polres Merauke
"""


def _parse_units() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for block in _UNITS_TEXT.replace("\n  ", " ").strip().splitlines():
        abbr, names = block.split(":", 1)
        out.extend((abbr.strip(), n.strip()) for n in names.split(";") if n.strip())
    return out


#: (polda abbreviation, unit name) — 61 real Polres-level units
UNITS: list[tuple[str, str]] = _parse_units()


def unit_place(unit: str) -> str:
    """'Polresta Pontianak' -> 'Pontianak'."""
    return unit.split(" ", 1)[1]


def unit_head(unit: str) -> tuple[str, str]:
    """The head's title and rank: ('Kapolresta', 'Kombes Pol') for a Polresta."""
    kind = unit.split(" ", 1)[0]
    return ("Ka" + kind.lower(), "AKBP" if kind == "Polres" else "Kombes Pol")


FIRST = """Agus Dedi Budi Eko Hendra Rudi Yudi Tommy Andri Fajar Rahmat Sigit Wahyu Arif Bayu Dwi Yusuf Hadi
Heri Imam Joko Kurniawan Lukman Muhammad Nanang Rizky Slamet Taufik Teguh Wawan Zainal Bambang Iwan Darmawan
Gede Made Raden Putu Ilham Syahrul Ridwan Firman Adi Dimas Yoga Faisal Anton Suryo""".split()
LAST = """Setiawan Saputra Prasetyo Wijaya Hidayat Santoso Nugroho Susanto Kurniadi Pratama Ramadhan Permana
Siregar Nasution Harahap Lubis Simanjuntak Sitompul Sinaga Situmorang Syahputra Gunawan Firmansyah Hakim
Purnomo Ardiansyah Hariyanto Wibowo Utomo Kusuma Fauzi Rahman Maulana Irawan Sanjaya Hermawan Alamsyah
Effendi Suryadi Budiman Pohan Tarigan Manurung Supriadi Wardhana Anggara""".split()
SINGLE = """Sumiadinata Hariansyah Suparman Junaidi Mulyadi Syafrudin Rusdianto Sukardi Jumadi Herman Samsudin
Saiful Marjuki Paryanto Sudirman Nurdin Yulianto Rosidi Sarwani Abdurrahman Kasmadi Tarmizi""".split()
DEGREES = ["S.I.K.", "S.I.K., M.H.", "S.H., S.I.K., M.H.", "S.I.K., M.Si.", "S.I.K., M.M.", "S.H., M.H.",
           "S.I.K., M.Tr.Opsla", "S.Tr.K., S.I.K."]
EDITORS = ["Lisa", "Andrian", "Tullahwi", "Rudi", "Maya", "Yusro", "Dina", "Hendrik", "Nita", "Bayu"]
WRITERS = ["Candra Lukito", "Krisna", "Ari Santoso", "Rina Marlina", "Yogi Pratama", "Dewi Anggraini",
           "Fikri", "Joni Iskandar", "Sri Wahyuni", "Arman"]
VILLAGES = """Suka Maju|Sungai Besar|Tanjung Pura|Karya Baru|Mulia Kerta|Sukadana|Sungai Raya|Teluk Batang|
Marau|Sandai|Tumbang Titi|Nanga Tayap|Pesaguan|Kendawangan|Air Upas|Sungai Melayu|Kuala Satong|Sei Kakap|
Rasau Jaya|Batu Ampar|Kuala Dua|Sidomulyo|Sumber Rejo|Harapan Jaya|Bukit Raya|Tanjung Harapan|Simpang Tiga|
Sukamaju|Jaya Makmur|Sungai Ambawang|Tebing Tinggi|Karang Anyar|Mekar Sari|Pasir Panjang|Sungai Pinyuh|
Padang Tikar|Teluk Pakedai|Muara Kayong|Sejahtera|Payak Kumang""".replace("\n", "").split("|")
VENUES = ["Aula Mapolres {P}", "halaman Mapolres {P}", "Gedung Serbaguna Polres {P}", "Masjid Al-Ikhlas Desa {desa}",
          "Balai Desa {desa}", "Lapangan Desa {desa}", "Pasar Desa {desa}", "Kantor Camat {kec}",
          "Pelabuhan {P}", "Alun-alun Kota {P}", "SMA Negeri 1 {P}", "Gedung Pancasila {P}"]
STREETS = ["Jalan Gajah Mada", "Jalan Ahmad Yani", "Jalan Sudirman", "Jalan Diponegoro", "Jalan Merdeka",
           "Jalan Trans Kalimantan", "Jalan Imam Bonjol", "Jalan Pattimura", "Jalan Veteran", "Jalan Gatot Subroto"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
