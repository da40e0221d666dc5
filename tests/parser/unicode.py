# Non-ASCII identifiers (NFKC-normalised) and text: columns are counted in UTF-8 bytes.
café = 1
naïve_ñ = café + 1
ｆｕｌｌｗｉｄｔｈ = 2
ℌ = 3
µ = 4
Ω = 5
ﬁ = 6
변수 = "값"
π = 3.14; τ = 2 * π
名前 = f"{café} {名前 if False else ''} é"
x = "é" + 'ü' + "中文" + "😀"; y = café
def función(ñ, *, ü=1) -> "résultat":
    return ñ + ü
class Ünïcode:
    ñ: int = 0
obj.ñ = {"clé": "valeur", 'x': [é for é in "àé"]}
s = "tab\tafter é"; t = café
