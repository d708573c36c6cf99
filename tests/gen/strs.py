"""strs.py: random functions over strings.

Exercises concatenation, len, byte indexing, slicing with run-time bounds,
range over runes (multibyte and invalid UTF-8, which yields U+FFFD one byte
at a time), conversions string <-> []byte and []rune, string(rune(n)),
comparison operators, and printing with Println, %q, %x and %c.

Validity invariants: indexes and slice bounds are computed from len at run
time so they are always in range; every variable is printed.
"""
from writer import Writer

POOL = ['""', '"a"', '"hello"', '"h\\u00e9llo"', '"\\u65e5\\u672c\\u8a9e"', '"a\\x80b"', '"Go\\U0001F642!"',
        '"ab"', '"abc"', '"\\xff\\xfe"', '"z"', '"\\u00ff"']


class StrFn(Writer):
    def __init__(self, r, name):
        super().__init__(r, name)
        self.svars = []
        self.acc = None   # int accumulator

    def sexpr(self, depth):
        r = self.r
        if depth <= 0 or r.random() < 0.3:
            return r.choice(self.svars + [r.choice(POOL)]) if r.random() < 0.3 else r.choice(self.svars)
        k = r.randrange(5)
        if k == 0:
            return "(%s + %s)" % (self.sexpr(depth - 1), self.sexpr(depth - 1))
        if k == 1:
            return "string([]byte(%s))" % self.sexpr(depth - 1)
        if k == 2:
            return "string([]rune(%s))" % self.sexpr(depth - 1)
        if k == 3:
            return "string(rune(%s & 0x1fffff))" % self.acc
        return "(%s + %s)" % (r.choice(self.svars), r.choice(POOL))

    def index(self, s):
        """Print a byte at a run-time index when s is not empty."""
        with self.indented("if len(%s) > 0 {" % s):
            self.emit("%s = %s*7 + int(%s[(%s&0xff)%%len(%s)])" % (self.acc, self.acc, s, self.acc, s))

    def slice_(self, s):
        a, b = self.fresh("lo"), self.fresh("hi")
        self.emit("%s := (%s & 0xff) %% (len(%s) + 1)" % (a, self.acc, s))
        self.emit("%s := %s + (%s>>8&0xff)%%(len(%s)-%s+1)" % (b, a, self.acc, s, a))
        self.emit('fmt.Printf("%s %%q %%q %%d\\n", %s[%s:%s], %s[%s:], %s)' % (self.name, s, a, b, s, b, a + "+" + b))

    def runes(self, s):
        i, c = self.fresh("i"), self.fresh("c")
        with self.indented("for %s, %s := range %s {" % (i, c, s)):
            self.emit("%s = %s*31 + int(%s)*3 + %s" % (self.acc, self.acc, c, i))
            if self.r.random() < 0.5:
                self.emit('fmt.Printf("%%d:%%c:%%U ", %s, %s, %s)' % (i, c, c))
        self.emit("fmt.Println()")

    def convert(self, s):
        r = self.r
        if r.random() < 0.5:
            b = self.fresh("b")
            self.emit("%s := []byte(%s)" % (b, s))
            with self.indented("if len(%s) > 0 {" % b):
                self.emit("%s[len(%s)-1] ^= byte(%s)" % (b, b, self.acc))
            self.emit('fmt.Println("%s", %s, len(%s), string(%s))' % (self.name, b, b, b))
            self.emit("%s = string(%s)" % (s, b))
        else:
            rs = self.fresh("rs")
            self.emit("%s := []rune(%s)" % (rs, s))
            with self.indented("for i, j := 0, len(%s)-1; i < j; i, j = i+1, j-1 {" % rs):
                self.emit("%s[i], %s[j] = %s[j], %s[i]" % (rs, rs, rs, rs))
            self.emit('fmt.Println("%s", %s, len(%s), string(%s))' % (self.name, rs, rs, rs))
            self.emit("%s = string(%s)" % (s, rs))

    def compare(self):
        a, b = self.r.choice(self.svars), self.r.choice(self.svars)
        self.emit('fmt.Println("%s", %s < %s, %s <= %s, %s == %s, %s != %s, %s > %s)' % (
            (self.name,) + (a, b) * 5))

    def stmt(self):
        r = self.r
        s = r.choice(self.svars)
        k = r.randrange(8)
        if k <= 2:
            self.emit("%s %s %s" % (s, r.choice(["=", "+="]), self.sexpr(2)))
            with self.indented("if len(%s) > 24 {" % s):   # keep strings short
                self.emit("%s = %s[len(%s)-24:]" % (s, s, s))
        elif k == 3:
            self.index(s)
        elif k == 4:
            self.slice_(s)
        elif k == 5:
            self.runes(s)
        elif k == 6:
            self.convert(s)
        else:
            self.compare()

    def build(self):
        r = self.r
        self.acc = self.fresh("n")
        self.emit("%s := %d" % (self.acc, r.randint(0, 1 << 20)))
        for _ in range(r.randint(2, 4)):
            s = self.fresh("s")
            self.emit("%s := %s" % (s, r.choice(POOL)))
            self.svars.append(s)
        for _ in range(r.randint(4, 10)):
            self.stmt()
        for s in self.svars:
            self.emit('fmt.Printf("%s %%q %%x %%d\\n", %s, %s, len(%s))' % (self.name, s, s, s))
        self.emit('fmt.Println("%s", %s, %s)' % (self.name, self.acc, ", ".join(self.svars)))
        return self


def build(r, name):
    return StrFn(r, name).build()
