"""Step 8 (entities): normalised police units and ranked officers."""

from __future__ import annotations

from pathlib import Path

import pytest

from humascrawl.extract.entities import find_persons, find_units, normalise_polda_names, polda_zone

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_80423a75dfeec430.txt"
SEED_TITLE = "Humas Polres Ketapang Ikuti Rakernis Kehumasan Polda Kalbar Tahun 2024"
SEED_LEAD = ("Jajaran Humas Polres Ketapang Polda Kalbar yang diwakili Kasi Humas AKP Sumiadinata dan operator PID "
             "Bripka Hariansyah mengikuti Rapat Kerja Teknis (Rakernis) Humas Polda Kalbar tahun 2024 di Ballroom "
             "Akasia Hotel Alimoer Pontianak, Rabu (15/5/2024) pukul 08.00 wib.\n\nKegiatan ini dibuka secara "
             "langsung oleh Kabid Humas Polda Kalbar Kombes Pol Raden Petit Wijaya, S.I.K., M.M., dan dihadiri "
             "pejabat utama Bidhumas Polda Kalbar, serta Kasi Humas dan operator Pengelolaan Informasi Dokumentasi "
             "Seksi Humas Polres Jajaran Polda Kalbar.\n\n“Humas Polri ...,” ujar Kombes. Pol. Raden Petit Wijaya, "
             "S.I.K., M.M.")


def _by_name(persons):
    return {p["name"]: p for p in persons}


def test_seed_units_and_persons():
    assert find_units(SEED_TITLE, SEED_LEAD) == ["Polres Ketapang", "Polda Kalbar", "Bidhumas Polda Kalbar"]
    persons = _by_name(find_persons(SEED_LEAD))
    assert set(persons) == {"Sumiadinata", "Hariansyah", "Raden Petit Wijaya"}
    assert persons["Sumiadinata"]["rank"] == "AKP" and persons["Sumiadinata"]["position"] in ("Kasi Humas",
                                                                                             "Kasi Humas Polres Ketapang")
    assert persons["Hariansyah"]["rank"] == "Bripka" and persons["Hariansyah"]["position"] in ("operator PID", None)
    assert persons["Raden Petit Wijaya"] == {"name": "Raden Petit Wijaya", "rank": "Kombes Pol",
                                             "position": "Kabid Humas Polda Kalbar"}


@pytest.mark.skipif(not SEED.is_file(), reason="the shared seed article is not available")
def test_seed_file_entities():
    title, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    assert find_units(title, body)[:3] == ["Polres Ketapang", "Polda Kalbar", "Bidhumas Polda Kalbar"]
    assert {p["name"] for p in find_persons(body)} == {"Sumiadinata", "Hariansyah", "Raden Petit Wijaya"}


@pytest.mark.parametrize("text, units", [
    ("Polda Kalimantan Barat dan POLDA KALBAR", ["Polda Kalbar"]),
    ("Polres Ketapang Polda Kalbar", ["Polres Ketapang", "Polda Kalbar"]),
    ("Humas Polres Ketapang Kalbar", ["Polres Ketapang"]),
    ("KAPOLRES KETAPANG, Wakapolres Sambas, Mapolsek Delta Pawan", ["Polres Ketapang", "Polres Sambas",
                                                                    "Polsek Delta Pawan"]),
    ("Bid Humas Polda NTB, Bidang Hubungan Masyarakat Polda Jawa Tengah",
     ["Bidhumas Polda NTB", "Polda NTB", "Bidhumas Polda Jateng", "Polda Jateng"]),
    ("SI HUMAS POLRES SERANG", ["Si Humas Polres Serang", "Polres Serang"]),
    ("Sihumas Polresta Pontianak Kota dan Seksi Humas Polres Landak",
     ["Si Humas Polresta Pontianak Kota", "Polresta Pontianak Kota", "Si Humas Polres Landak", "Polres Landak"]),
    ("Kasubbag Humas Polres Banjarbaru", ["Subbag Humas Polres Banjarbaru", "Polres Banjarbaru"]),
    ("Kadiv Humas Polri, Divisi Humas Polri dan Mabes Polri", ["Divhumas Polri", "Mabes Polri"]),
    ("Polrestabes Medan dan Polres Metro Jakarta Selatan", ["Polrestabes Medan", "Polres Metro Jakarta Selatan"]),
    ("Polsek Banjarmasin Barat", ["Polsek Banjarmasin Barat"]),
    ("Polres jajaran, Polres se-Kalbar dan Polda setempat", []),
])
def test_units(text, units):
    assert find_units(None, text) == units


def test_headline_units_need_a_known_place():
    assert find_units("Polres Kubu Raya Gelar Apel, Polsek Sungai Raya Ikuti Lomba", "Tidak ada unit.") \
        == ["Polres Kubu Raya"]
    assert find_units("Polsek Sungai Raya Ikuti Lomba", "Kapolsek Sungai Raya Iptu Budi hadir.") \
        == ["Polsek Sungai Raya"]


def test_polda_zone_and_position_normalisation():
    assert polda_zone(["Polres Tabalong", "Polda Kalsel"]) == "WITA"
    assert polda_zone(["Bidhumas Polda Papua"]) == "WIT"
    assert polda_zone([]) is None
    assert normalise_polda_names("Kabid Humas Polda Kalimantan Barat") == "Kabid Humas Polda Kalbar"


@pytest.mark.parametrize("text, name, rank", [
    ("Kombes Pol Raden Petit Wijaya, S.I.K., M.M. hadir", "Raden Petit Wijaya", "Kombes Pol"),
    ("Kombes. Pol. Raden Petit Wijaya, S.I.K.", "Raden Petit Wijaya", "Kombes Pol"),
    ("KOMBES POL RADEN PETIT WIJAYA hadir", "Raden Petit Wijaya", "Kombes Pol"),
    ("Kombes Budi Hermanto mengatakan", "Budi Hermanto", "Kombes Pol"),
    ("Komisaris Besar Polisi Budi Hermanto", "Budi Hermanto", "Kombes Pol"),
    ("Brigjen. Pol. Drs. S. Erlangga hadir", "S. Erlangga", "Brigjen Pol"),
    ("Brigadir Jenderal (Pol) Tugas Dwi Apriyanto hadir", "Tugas Dwi Apriyanto", "Brigjen Pol"),
    ("Irjen (Pol) Mochammad Iqbal", "Mochammad Iqbal", "Irjen Pol"),
    ("Komjenpol Agus Andrianto", "Agus Andrianto", "Komjen Pol"),
    ("Kapolri Jenderal Listyo Sigit Prabowo", "Listyo Sigit Prabowo", "Jenderal Pol"),
    ("Jenderal Pol. Listyo Sigit Prabowo", "Listyo Sigit Prabowo", "Jenderal Pol"),
    ("AKBP. Dewa Made, S.S. SIK", "Dewa Made", "AKBP"),
    ("AKBP Alaiddin, S.H., S.I.K., M.H.", "Alaiddin", "AKBP"),
    ("Kompol I Ketut Suharto Giri, S.H.,M.H.", "I Ketut Suharto Giri", "Kompol"),
    ("IPTU AGUS SALIM menjelaskan", "Agus Salim", "Iptu"),
    ("Akp O.Sihombing hadir", "O.Sihombing", "AKP"),
    ("Aipda. Zulkifli bertugas", "Zulkifli", "Aipda"),
    ("Brigadir Miftahul Aulida Wicaksana mengatakan", "Miftahul Aulida Wicaksana", "Brigpol"),
    ("Bripka Hariansyah", "Hariansyah", "Bripka"),
    ("Bharada Richard Eliezer", "Richard Eliezer", "Bharada"),
    ("Irjen Pol Drs. H. Djoko Poerwanto", "Djoko Poerwanto", "Irjen Pol"),
    ("Jenderal (Purn) Pol Budi Santoso", None, None),
])
def test_rank_variants(text, name, rank):
    persons = find_persons(text)
    if name is None:
        assert all(p["name"] != "Budi Santoso" or p["rank"] == "Jenderal Pol" for p in persons)
        return
    assert persons and persons[0]["name"] == name and persons[0]["rank"] == rank


@pytest.mark.parametrize("text", [
    "di Jalan Jenderal Sudirman", "HUT Bhayangkara ke-78 dan Korps Bhayangkara", "pembina upacara hari ini",
    "Brigjen TNI Ahmad Yani hadir", "Jenderal TNI Agus Subiyanto", "ajun komisaris sebuah perusahaan",
])
def test_not_persons(text):
    assert find_persons(text) == []


def test_positions_before_and_after_the_rank():
    text = ("Kapolda Kalbar Irjen Pol Pipit Rismanto melalui Kabid Humas Polda Kalimantan Barat Kombes Pol "
            "Raden Petit Wijaya menyampaikan. Kapolres Blitar, AKBP Wiwit Adisatria, melalui Kasi Humas Iptu "
            "Udiyono. AKBP Dewa Made, S.S. selaku Kapolres Badung. Kasubdit IV Renakta Ditreskrimum Polda Lampung, "
            "AKBP Ferdiyan Fahmi. Kasubbid PID Bid Humas Polda Kalsel Pembina TK.I Drs. Hamsan.")
    persons = _by_name(find_persons(text))
    assert persons["Pipit Rismanto"]["position"] == "Kapolda Kalbar"
    assert persons["Raden Petit Wijaya"]["position"] == "Kabid Humas Polda Kalbar"
    assert persons["Wiwit Adisatria"]["position"] == "Kapolres Blitar"
    assert persons["Udiyono"]["position"] == "Kasi Humas"
    assert persons["Dewa Made"]["position"] == "Kapolres Badung"
    assert persons["Ferdiyan Fahmi"]["position"] == "Kasubdit IV Renakta Ditreskrimum Polda Lampung"
    assert persons["Hamsan"] == {"name": "Hamsan", "rank": "Pembina Tk. I",
                                 "position": "Kasubbid PID Bid Humas Polda Kalsel"}


def test_deduplicated_by_name_keeping_the_richest_position():
    text = ("ujar AKBP Bayu. Kapolres Agam AKBP Bayu Lubis mengatakan. Menurut AKBP Bayu Lubis, hal ini penting. "
            "AKP Bayu Santoso juga hadir.")
    assert find_persons(text) == [
        {"name": "Bayu Lubis", "rank": "AKBP", "position": "Kapolres Agam"},
        {"name": "Bayu Santoso", "rank": "AKP", "position": None},
    ]
