#!/usr/bin/env python3
# Rewrites the transliteration table in Firmware/Core/Display/Fonts/Transliterator.cs: every character of
# Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional whose Unicode canonical decomposition is
# ASCII letters plus accents maps to those letters; `special` adds letters without a decomposition (ł, ß, æ, ...)
# and typographic punctuation. Run from the repository root: python3 Tools/FontGenerator/transliteration-table.py
import re
import unicodedata as u
special = {
 'ß':'ss','ẞ':'SS','Æ':'AE','æ':'ae','Œ':'OE','œ':'oe','Ø':'O','ø':'o','Ł':'L','ł':'l','Đ':'D','đ':'d','Ð':'D','ð':'d',
 'Þ':'Th','þ':'th','ı':'i','Ħ':'H','ħ':'h','Ŧ':'T','ŧ':'t','ĸ':'k','ſ':'s','Ŀ':'L','ŀ':'l','ŉ':'n','Ŋ':'N','ŋ':'n','Ĳ':'IJ','ĳ':'ij',
 'ƀ':'b','Ɓ':'B','Ƈ':'C','ƈ':'c','Ɖ':'D','Ɗ':'D','Ƒ':'F','ƒ':'f','Ɠ':'G','Ɨ':'I','Ƙ':'K','ƙ':'k','ƚ':'l','Ɲ':'N','ƞ':'n',
 'Ɵ':'O','Ƥ':'P','ƥ':'p','ƫ':'t','Ƭ':'T','ƭ':'t','Ʈ':'T','Ʋ':'V','Ƴ':'Y','ƴ':'y','Ƶ':'Z','ƶ':'z','Ǆ':'DZ','ǅ':'Dz','ǆ':'dz',
 'Ǉ':'LJ','ǈ':'Lj','ǉ':'lj','Ǌ':'NJ','ǋ':'Nj','ǌ':'nj','Ǥ':'G','ǥ':'g','Ǳ':'DZ','ǲ':'Dz','ǳ':'dz','Ǣ':'AE','ǣ':'ae','Ǽ':'AE','ǽ':'ae',
 'Ǿ':'O','ǿ':'o','ȡ':'d','Ȥ':'Z','ȥ':'z','ȴ':'l','ȵ':'n','ȶ':'t','ȷ':'j','Ⱥ':'A','Ȼ':'C','ȼ':'c','Ƚ':'L','Ⱦ':'T','ȿ':'s','ɀ':'z',
 'Ƀ':'B','Ʉ':'U','Ɇ':'E','ɇ':'e','Ɉ':'J','ɉ':'j','Ɋ':'Q','ɋ':'q','Ɍ':'R','ɍ':'r','Ɏ':'Y','ɏ':'y','Ȣ':'OU','ȣ':'ou','Ƣ':'OI','ƣ':'oi',
 'ǝ':'e','Ǝ':'E','Ə':'E','ə':'e','Ɛ':'E','ɛ':'e','Ɔ':'O','ɔ':'o',
 '‘':"'",'’':"'",'‚':"'",'‛':"'",'“':'"','”':'"','„':'"','‟':'"','′':"'",'″':'"','‐':'-','‑':'-','‒':'-','–':'-','—':'-','―':'-',
'·':'.','•':'*','«':'"','»':'"','‹':"'",'›':"'",
 '×':'x','÷':'/','€':'E','ƒ':'f','™':'TM','©':'C','®':'R','°':'o','º':'o','ª':'a','¹':'1','²':'2','³':'3','µ':'u',
}
m = {}
for cp in list(range(0xA0,0x250)) + list(range(0x1E00,0x1F00)):
    c = chr(cp)
    if c in special: continue
    d = u.normalize('NFD', c)
    base = ''.join(ch for ch in d if not u.combining(ch))
    if base and base != c and all(ord(ch) < 0x80 for ch in base):
        m[c] = base
    elif base and base != c and len(base)==1 and base in special:
        m[c] = special[base]
for k,v in special.items(): m[k]=v
keys = sorted(m)
assert all(len(m[k]) <= 2 for k in keys), [k for k in keys if len(m[k])>2]
def esc(s):
    out=''
    for ch in s:
        if ch == '"' or ch=='\\' or ord(ch)<0x20 or ord(ch)>0x7e: out += '\\u%04X'%ord(ch)
        else: out+=ch
    return out
src = ''.join(keys); rep = ''.join((m[k]+'|')[:2] for k in keys)
def chunks(s, n):
    return ['"'+esc(s[i:i+n])+'"' for i in range(0,len(s),n)]
path = 'Firmware/Core/Display/Fonts/Transliterator.cs'
code = open(path, encoding='utf-8').read()
code = re.sub(r'(private static readonly string Sources =\n            ).*?;', lambda m: m.group(1) + '\n            + '.join(chunks(src, 16)) + ';', code, flags=re.S)
code = re.sub(r'(private static readonly string Replacements =\n            ).*?;', lambda m: m.group(1) + '\n            + '.join(chunks(rep, 32)) + ';', code, flags=re.S)
open(path, 'w', encoding='utf-8').write(code)
print(len(keys), 'entries')
