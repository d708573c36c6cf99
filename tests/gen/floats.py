"""floats.py: random functions over float32 and float64.

Exercises float arithmetic in both widths (float32 results must round at
every operation), conversions float<->float and int->float, float->int
conversion of values that are in range (guarded at run time, so NaN and
out-of-range values are skipped: Go leaves those implementation-defined),
comparisons, negative zero (also as a map key), Inf and NaN from division by variables, and
printing with Println, %v, %g, %e, %.3f and widths.

Validity invariants: a literal is only the right operand of an operator
whose left side mentions a variable (no constant sub-expressions), literal
divisors are non-zero, literals fit float32, every variable is printed.
"""
from writer import Writer

FLOATS = ["float32", "float64"]
INTS = {"int8": (-128, 127), "int32": (-(1 << 31), (1 << 31) - 1),
        "int64": (-(1 << 63), (1 << 63) - 1), "uint8": (0, 255),
        "uint32": (0, (1 << 32) - 1), "uint64": (0, (1 << 64) - 1), "int": (-(1 << 63), (1 << 63) - 1)}
LITS = [0.5, 1.0, 2.0, 3.0, 0.1, 0.25, 1.5, 10.0, 1e3, 1e-3, 1e10, 3.14159, 7.0, 100.5, 1e-7, 2.5e6]
FORMATS = ["%v", "%g", "%e", "%.3f", "%.2e", "%8.2f", "%G", "%.0f", "%.5g", "%x"]


def flit(r):
    v = r.choice(LITS + [round(r.uniform(-1000, 1000), r.randrange(6))]) * r.choice([1, 1, -1])
    return repr(v if v != 0 else 0.75)


class FloatFn(Writer):
    def __init__(self, r, name):
        super().__init__(r, name)
        self.fvars = []   # (name, float type)
        self.ivars = []   # (name, int type)

    def expr(self, t, depth):
        r = self.r
        same = [v for v, vt in self.fvars if vt == t]
        if depth <= 0 or r.random() < 0.2:
            if same and r.random() < 0.8:
                return r.choice(same)
            v, _ = r.choice(self.fvars + self.ivars)
            return "%s(%s)" % (t, v)
        k = r.randrange(7)
        if k == 0:
            return "%s(%s)" % (t, self.expr(r.choice(FLOATS), depth - 1))
        if k == 1:
            return "(-%s)" % self.expr(t, depth - 1)
        if k == 2:
            op = r.choice("+-*/")
            # -0.0 is the constant 0, so x * -0.0 is -0 only for negative x.
            right = "-0.0" if op == "*" and r.random() < 0.2 else flit(r)
            return "(%s %s %s)" % (self.expr(t, depth - 1), op, right)
        if k == 3:
            v, _ = r.choice(self.ivars)
            return "%s(%s)" % (t, v)
        return "(%s %s %s)" % (self.expr(t, depth - 1), r.choice("+-*/+*"), self.expr(t, depth - 1))

    def to_int(self):
        """Convert a float to an int variable only when the value is in range."""
        iv, it = self.r.choice(self.ivars)
        fv, ft = self.r.choice(self.fvars)
        lo, hi = INTS[it]
        # Bounds a little inside the range, written so both widths hold them.
        lo_s = "0" if lo == 0 else "%.6e" % (lo * 0.999)
        hi_s = "%.6e" % (hi * 0.999)
        with self.indented("if %s >= %s && %s <= %s {" % (fv, lo_s, fv, hi_s)):
            self.emit("%s = %s(%s)" % (iv, it, fv))
        if self.r.random() < 0.5:
            with self.indented("if %s > -1e6 && %s < 1e6 {" % (fv, fv)):
                self.emit("%s ^= %s(int64(%s) & 127)" % (iv, it, fv))

    def keys(self):
        """Floats as map keys: 0 and -0 are one key (the last one stored is
        printed); NaN is skipped, since NaN keys print in random order."""
        t = self.r.choice(FLOATS)
        m, i, x = self.fresh("m"), self.fresh("i"), self.fresh("x")
        self.emit("%s := map[%s]int{}" % (m, t))
        vals = ", ".join("%s(%s)" % (t, v) for v, _ in self.fvars)
        with self.indented("for %s, %s := range []%s{%s} {" % (i, x, t, vals)):
            with self.indented("if %s == %s {" % (x, x)):
                self.emit("%s[%s] += %s + 1" % (m, x, i))
        self.emit('fmt.Println("%s", %s)' % (self.name, m))

    def stmt(self, depth):
        r = self.r
        k = r.randrange(9)
        v, t = r.choice(self.fvars)
        if k <= 2:
            self.emit("%s = %s" % (v, self.expr(t, 3)))
        elif k == 3:
            self.emit("%s %s= %s" % (v, r.choice("+-*/"), self.expr(t, 2)))
        elif k == 4:
            self.to_int()
        elif k == 5 and depth > 0:
            a, b = self.expr(t, 1), self.expr(t, 1)
            with self.indented("if %s %s %s {" % (a, r.choice(["<", "<=", ">", ">=", "==", "!="]), b)):
                self.stmt(depth - 1)
        elif k == 6 and depth > 0:
            i = self.fresh("i")
            with self.indented("for %s := 0; %s < %d; %s++ {" % (i, i, r.randint(1, 5), i)):
                self.emit("%s = %s*%s + %s(%s)" % (v, v, flit(r), t, i))
                self.stmt(depth - 1)
        elif k == 7 and r.random() < 0.3:
            self.keys()
        elif k == 7:
            fmts = " ".join(r.choice(FORMATS) for _ in range(3))
            args = [r.choice(self.fvars)[0] for _ in range(3)]
            self.emit('fmt.Printf("%s %s\\n", %s)' % (self.name, fmts, ", ".join(args)))
        else:
            self.emit('fmt.Println("%s", %s)' % (self.name, ", ".join(v for v, _ in self.fvars)))

    def build(self):
        r = self.r
        for _ in range(r.randint(2, 4)):
            t, v = r.choice(FLOATS), self.fresh("x")
            self.emit("var %s %s = %s" % (v, t, r.choice([flit(r)] * 6 + ["-0.0", "0"])))
            self.fvars.append((v, t))
        for _ in range(r.randint(1, 3)):
            t, v = r.choice(list(INTS)), self.fresh("n")
            lo, hi = INTS[t]
            self.emit("var %s %s = %d" % (v, t, r.choice([lo, hi, 0, 1, 7, r.randint(lo, hi)])))
            self.ivars.append((v, t))
        for _ in range(r.randint(4, 9)):
            self.stmt(2)
        names = ", ".join(v for v, _ in self.fvars + self.ivars)
        self.emit('fmt.Println("%s", %s)' % (self.name, names))
        self.emit('fmt.Printf("%s %s\\n", %s)' % (
            self.name, " ".join(r.choice(FORMATS) for _ in self.fvars), ", ".join(v for v, _ in self.fvars)))
        return self


def build(r, name):
    return FloatFn(r, name).build()
