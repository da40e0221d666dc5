# String and bytes literals: every prefix, every escape, implicit concatenation.
s = 'single' "double" '''triple single''' """triple double"""
s = u'unicode' U'upper u' r'raw\n' R'RAW\t'
s = b'bytes' B'BYTES' br'\d' Br'\d' bR'\d' BR'\d' rb'\d' rB'\d' Rb'\d' RB'\d'
s = u'first u gives kind' 'second'
s = 'x' u'later u does not'
s = '\a\b\f\n\r\t\v\\\'\"\0\07\177\377\400\x41\u00e9\U0001F600\N{LATIN SMALL LETTER E WITH ACUTE}\N{euro sign}'
s = '\z\q\ unknown escapes keep their backslash'
s = 'line\
continuation inside a string'
s = '''triple with
newlines and 'quotes' and "quotes" and \'''escaped\''' '''
s = b'\a\b\f\n\r\t\v\\\'\"\0\07\177\377\x41\xff\z'
s = b'bytes' b"concatenated" rb'raw'
s = '\ud83d\ude00'
s = '\ud83d' '\ude00'
s = '\udc80 lone surrogate'
s = '😀 emoji and é accents and 中文'
s = ''
s = b''
s = ""
s = r''
s = r'\''
s = r"\""
s = '\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}'
s = '''
'''
s = ('implicit '
     'concatenation '
     "across lines")
s = '\t\tabs'
s = '\x00\x1f\x7f\x80\x9f\xa0\xad'
s = '\u2028\u2029\u200b\ufeff\U000e0001'
