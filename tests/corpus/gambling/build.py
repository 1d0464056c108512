"""Write the gambling corpus's pages: ``python tests/corpus/gambling/build.py`` (deterministic).

``pages/honest-NN.html`` (and ``honest-b2-NN.html``, a second batch written later as fresh held-out pages)
are the releases of honest.py in five news templates (WordPress theme, Blogger theme,
police portal, AMP, home-made CMS); ``pages/spam-NN.html`` the spam of spam.py in its layout, built on the same
site templates where a hijacker keeps them (``post``, ``cloaked``, ``gov``). The file name is the truth.
"""

from __future__ import annotations

import html
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from honest import HONEST, HONEST_B2  # noqa: E402
from spam import SPAM, SPAM_B2  # noqa: E402

OUTLETS = [("Kalbar Terkini", "kalbarterkini.com"), ("Suara Borneo", "suaraborneo.id"),
           ("Pontianak Today", "pontianaktoday.net"), ("Warta Khatulistiwa", "wartakhatulistiwa.co.id"),
           ("Info Sambas", "infosambas.blogspot.com"), ("Tribrata News Polres Ketapang", "tribratanews.ketapang.go.id")]
GAMBLING_HOSTS = ["slot88gacor.xyz", "togelresmi.net", "maxwin77.com", "pusat4d.org", "gacor-hari-ini.site",
                  "hoki99.vip", "sbobet-resmi.asia", "idnpoker88.club", "rtpslot.live", "zeus-gacor.bet",
                  "bit.ly/slotgacor77", "s.id/togel4d", "link-alternatif.top", "bandar-togel.fun"]
GAMBLING_ANCHORS = ["slot gacor", "situs togel", "link slot88", "daftar slot", "togel online", "slot maxwin",
                    "judi bola", "situs slot resmi", "bandar togel", "rtp live", "slot thailand", "login pusat4d",
                    "casino online", "poker online", "slot deposit dana"]
HEADLINES = ["Polres Landak Gelar Bakti Sosial di Desa Terpencil", "Kapolda Kalbar Tinjau Pos Pengamanan Mudik",
             "Satlantas Sosialisasikan Tertib Berlalu Lintas", "Pemkab Sanggau Resmikan Jembatan Gantung",
             "Banjir Rendam Tiga Kecamatan di Kapuas Hulu", "Harga Karet Naik, Petani Tersenyum",
             "Polsek Siantan Amankan Pelaku Curanmor", "Vaksinasi Anak Digelar di Puskesmas Kota"]
NAV_NEWS = ["Beranda", "Daerah", "Hukum &amp; Kriminal", "Polri", "Ekonomi", "Olahraga", "Opini"]
NAV_POLICE = ["Beranda", "Profil", "Polres", "Polsek Jajaran", "Humas", "Pelayanan", "Kontak"]


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def paragraphs(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p)}</p>" for p in paras)


def nav(items: list[str], host: str) -> str:
    return "<ul class=\"menu\">" + "".join(
        f'<li><a href="https://{host}/category/{i}">{label}</a></li>' for i, label in enumerate(items)) + "</ul>"


def sidebar(rng: random.Random, host: str) -> str:
    picks = rng.sample(HEADLINES, 4)
    return ("<aside class=\"widget\"><h3>Berita Terpopuler</h3><ul>" + "".join(
        f'<li><a href="https://{host}/{2024}/{rng.randint(1, 12):02d}/{i}.html">{esc(h)}</a></li>'
        for i, h in enumerate(picks)) + "</ul></aside>")


def share(url: str) -> str:
    return (f'<div class="share"><a href="https://www.facebook.com/sharer.php?u={url}">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> '
            f'<a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></div>')


def gambling_links(rng: random.Random, n: int) -> str:
    return "\n".join(f'<a href="https://{rng.choice(GAMBLING_HOSTS)}/?ref={rng.randint(1, 999)}">'
                     f"{rng.choice(GAMBLING_ANCHORS)}</a>" for _ in range(n))


def page(title: str, head_extra: str, body: str, lang: str = "id") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">{head_extra}</head>\n'
            f"<body>\n{body}\n</body></html>\n")


# -- honest templates -------------------------------------------------------------------------

def wordpress(title, body_html, outlet, rng):
    name, host = outlet
    url = f"https://{host}/2024/06/{rng.randint(100, 999)}/"
    return page(f"{title} - {name}", f'<meta property="og:site_name" content="{esc(name)}">'
                f'<link rel="canonical" href="{url}">',
                f'<header class="site-header"><a class="logo" href="https://{host}/">{esc(name)}</a>'
                f'{nav(NAV_NEWS, host)}</header><main><article class="post"><h1 class="entry-title">{esc(title)}</h1>'
                f'<div class="entry-meta">Diterbitkan {rng.randint(1, 28)} Juni 2024 oleh Redaksi</div>'
                f'<div class="entry-content">{body_html}</div>{share(url)}'
                f'<div class="tags">Tag: <a href="https://{host}/tag/kriminal">Kriminal</a></div></article>'
                f'{sidebar(rng, host)}</main><footer>&copy; 2024 {esc(name)} · '
                f'<a href="https://{host}/redaksi">Redaksi</a> · <a href="https://{host}/pedoman">Pedoman Media Siber'
                f'</a></footer>')


def blogger(title, body_html, outlet, rng):
    name, host = outlet
    url = f"https://{host}/2024/06/post-{rng.randint(100, 999)}.html"
    return page(f"{name}: {title}", f"<link rel=\"canonical\" href=\"{url}\">"
                "<script type='text/javascript'>var blogger = {};</script>",
                f"<div class='header'><h1><a href='https://{host}/'>{esc(name)}</a></h1>{nav(NAV_NEWS[:4], host)}</div>"
                f"<div class='main'><div class='post hentry'><h3 class='post-title entry-title'>{esc(title)}</h3>"
                f"<div class='post-body entry-content'>{body_html}</div><div class='post-footer'>Label: "
                f"<a href='https://{host}/search/label/Kamtibmas'>Kamtibmas</a></div>{share(url)}</div>"
                f"<div class='related'>{sidebar(rng, host)}</div></div><div class='footer'>Powered by "
                f"<a href='https://www.blogger.com'>Blogger</a></div>")


def portal(title, body_html, outlet, rng):
    name, host = OUTLETS[5]
    return page(f"{title} | {name}", "",
                f'<div id="top"><img src="/logo.png" alt="Polri"><span>{esc(name)}</span>{nav(NAV_POLICE, host)}</div>'
                f'<div class="container"><div class="berita"><h2>{esc(title)}</h2><small>Humas Polres · '
                f'{rng.randint(1, 28)}/06/2024</small>{body_html}</div>{sidebar(rng, host)}</div>'
                f'<div id="footer">Bidhumas Polda Kalbar · <a href="https://polri.go.id">Polri</a> · '
                f'<a href="https://www.instagram.com/humaspolres">Instagram</a></div>')


def amp(title, body_html, outlet, rng):
    name, host = outlet
    return page(title, '<script async src="https://cdn.ampproject.org/v0.js"></script>'
                f'<link rel="canonical" href="https://{host}/read/{rng.randint(1000, 9999)}">',
                f'<header><a href="https://{host}/">{esc(name)}</a></header><article><h1>{esc(title)}</h1>'
                f"{body_html}</article><footer>{esc(name)}</footer>").replace("<html ", "<html amp ")


def cms(title, body_html, outlet, rng):
    name, host = outlet
    return page(f"{name} - {title}", "",
                f'<table width="100%"><tr><td colspan="2"><b>{esc(name)}</b> | <a href="https://{host}/index.php">'
                f'Home</a> | <a href="https://{host}/kanal/hukum">Hukum</a></td></tr><tr><td width="70%">'
                f'<h1>{esc(title)}</h1><i>Rabu, {rng.randint(1, 28)} Juni 2024</i>{body_html}'
                f'<p>Editor: Redaksi</p></td><td valign="top">{sidebar(rng, host)}</td></tr></table>')


HONEST_TEMPLATES = [wordpress, blogger, portal, amp, cms]


# -- spam layouts -----------------------------------------------------------------------------

def landing(title, paras, rng):
    brand = rng.choice(["SLOT88", "GACOR77", "PUSAT4D", "HOKI99", "MAXWIN88"])
    return page(title, f'<meta name="description" content="{esc(paras[0][:150])}">'
                '<link rel="amphtml" href="https://amp-slot.pages.dev/">',
                f'<div class="topbar"><a class="btn" href="https://{rng.choice(GAMBLING_HOSTS)}/daftar">DAFTAR</a>'
                f'<a class="btn" href="https://{rng.choice(GAMBLING_HOSTS)}/login">LOGIN</a></div>'
                f'<h1>{esc(title)}</h1><img src="/banner-{brand.lower()}.webp" alt="{brand}">{paragraphs(paras)}'
                f'<div class="providers">{gambling_links(rng, rng.randint(6, 14))}</div>'
                f'<footer>&copy; 2024 {brand} · 18+ · Bermain dengan bijak</footer>')


def spam_post(title, paras, rng):
    template = rng.choice([wordpress, blogger])
    body = paragraphs(paras) + f'<p>{gambling_links(rng, rng.randint(2, 5))}</p>'
    return template(title, body, rng.choice(OUTLETS[:5]), rng)


def linkfarm(title, paras, rng):
    items = "".join(f"<li>{gambling_links(rng, 1)}</li>" for _ in range(rng.randint(25, 45)))
    return page(title, "", f"<h1>{esc(title)}</h1>{paragraphs(paras)}<ol class=\"list\">{items}</ol>")


def cloaked(title, paras, rng):
    """The police portal's own template around a spam body, with hidden link blocks (served to crawlers)."""
    hidden = rng.choice(['style="display:none"', 'style="position:absolute;left:-9999px"',
                         'style="height:0;overflow:hidden"'])
    body = paragraphs(paras) + f'<div {hidden}>{gambling_links(rng, rng.randint(15, 30))}</div>'
    return portal(title, body, None, rng)


def redirect(title, paras, rng):
    target = rng.choice(GAMBLING_HOSTS)
    return page(title, f'<meta http-equiv="refresh" content="0;url=https://{target}/">'
                f'<script>if(!/bot|crawl|spider/i.test(navigator.userAgent)){{location.href="https://{target}/"}}'
                "</script>", f"<h1>{esc(title)}</h1>{paragraphs(paras)}{gambling_links(rng, rng.randint(3, 6))}")


def gov(title, paras, rng):
    office, _, _ = title.partition(" – ")
    host = "desa-sukamaju.sanggau.go.id" if "Desa" in office else "disdik.ketapangkab.go.id"
    return page(title, "", f'<div class="header">{esc(office)} · Pemerintah Kabupaten</div>{nav(NAV_POLICE[:3], host)}'
                f"<h1>{esc(title)}</h1>{paragraphs(paras)}<div class=\"links\">{gambling_links(rng, rng.randint(4, 20))}"
                "</div>")


SPAM_LAYOUTS = {"landing": landing, "post": spam_post, "linkfarm": linkfarm, "cloaked": cloaked,
                "redirect": redirect, "gov": gov}


def build(out: Path = HERE / "pages") -> list[Path]:
    out.mkdir(exist_ok=True)
    written = []
    for batch, honest, spam in (("", HONEST, SPAM), ("b2-", HONEST_B2, SPAM_B2)):
        for i, (title, paras) in enumerate(honest):
            rng = random.Random(f"honest-{batch}{i}")
            template = HONEST_TEMPLATES[(i + len(batch)) % len(HONEST_TEMPLATES)]
            path = out / f"honest-{batch}{i:02d}.html"
            path.write_text(template(title, paragraphs(paras), rng.choice(OUTLETS[:5]), rng), encoding="utf-8")
            written.append(path)
        for i, (title, paras, layout) in enumerate(spam):
            rng = random.Random(f"spam-{batch}{i}")
            path = out / f"spam-{batch}{i:02d}.html"
            path.write_text(SPAM_LAYOUTS[layout](title, paras, rng), encoding="utf-8")
            written.append(path)
    return written


if __name__ == "__main__":
    print(f"{len(build())} pages written to {HERE / 'pages'}")
