#!/usr/bin/env python3
"""ints.py: random functions over integers (one kind of gen.py piece).

Each function declares a few integer variables, mutates them with random
statements and prints them at the end (and at a few points in between).

What it exercises: arithmetic over every integer width with wrap-around,
conversions between widths, shifts by constant and variable counts (also
>= the width), / and % by non-zero constants (including -1 on the minimum
value) and by variables forced odd (never zero), unary - and ^, &^,
compound assignments, if/else, counted and range loops, tagged and tagless
switches, closures (nested, capturing and mutating outer variables),
slices with append and maps with deterministic printing (sums and sorted
key walks).

Validity invariants (gc rejects the program otherwise):
  * no sub-expression is made only of constants (gc folds those and
    rejects overflow), so a literal is only ever the right operand of a
    binary operator whose left side mentions a variable;
  * every declared variable is printed (so none is unused);
  * literals are in range of their type; divisors are non-zero literals or
    `(v | 1)`.
"""
from writer import Writer

SIGNED = {"int8": 8, "int16": 16, "int32": 32, "int64": 64, "int": 64}
UNSIGNED = {"uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uint": 64}
TYPES = list(SIGNED) + list(UNSIGNED)


def bits(t):
    return SIGNED.get(t) or UNSIGNED[t]


def lit(r, t, nonzero=False):
    """An in-range literal of type t, biased to the interesting edges."""
    n = bits(t)
    if t in SIGNED:
        lo, hi = -(1 << (n - 1)), (1 << (n - 1)) - 1
    else:
        lo, hi = 0, (1 << n) - 1
    pick = r.choice([lo, hi, lo + 1, hi - 1, 0, 1, -1, 2, 3, 7, 100, r.randint(lo, hi)])
    pick = max(lo, min(hi, pick))
    if nonzero and pick == 0:
        pick = hi
    return pick


class IntFn(Writer):
    def __init__(self, r, name):
        super().__init__(r, name)
        self.vars = []   # (name, type) in scope at function level

    def var_of(self, t, scope):
        cands = [v for v, vt in scope if vt == t]
        return self.r.choice(cands) if cands else None

    def expr(self, t, scope, depth):
        """A non-constant expression of type t."""
        r = self.r
        v = self.var_of(t, scope)
        if depth <= 0 or r.random() < 0.25:
            if v is not None:
                return v
            # Convert some variable of another type.
            ov, ot = r.choice(scope)
            return "%s(%s)" % (t, ov)
        k = r.randrange(9)
        if k == 0:
            ot = r.choice(TYPES)
            return "%s(%s)" % (t, self.expr(ot, scope, depth - 1))
        if k == 1:
            op = r.choice(["-", "^"])
            return "%s(%s)" % (op, self.expr(t, scope, depth - 1))
        if k == 2:
            # Shift: constant count (possibly >= width) or masked variable count.
            a = self.expr(t, scope, depth - 1)
            op = r.choice(["<<", ">>"])
            if r.random() < 0.5:
                return "(%s %s %d)" % (a, op, r.choice([0, 1, 3, bits(t) - 1, bits(t), bits(t) + 5]))
            ct = r.choice(list(UNSIGNED))
            return "(%s %s (%s & 127))" % (a, op, self.expr(ct, scope, depth - 1))
        if k == 3:
            a = self.expr(t, scope, depth - 1)
            op = r.choice(["/", "%"])
            if r.random() < 0.5:
                return "(%s %s %d)" % (a, op, lit(r, t, nonzero=True))
            return "(%s %s (%s | 1))" % (a, op, self.expr(t, scope, depth - 1))
        if k == 4:
            a = self.expr(t, scope, depth - 1)
            return "(%s %s %d)" % (a, r.choice(["+", "-", "*", "&", "|", "^", "&^"]), lit(r, t))
        op = r.choice(["+", "-", "*", "&", "|", "^", "&^", "+", "*"])
        return "(%s %s %s)" % (self.expr(t, scope, depth - 1), op, self.expr(t, scope, depth - 1))

    def cond(self, scope, depth):
        r = self.r
        t = r.choice(TYPES)
        a = self.expr(t, scope, depth)
        if r.random() < 0.5:
            b = self.expr(t, scope, depth)
        else:
            b = str(lit(r, t))
        c = "%s %s %s" % (a, r.choice(["<", "<=", ">", ">=", "==", "!="]), b)
        if r.random() < 0.3:
            c = "(%s) %s (%s)" % (c, r.choice(["&&", "||"]), self.cond(scope, 0))
        return c

    def assign(self, scope, targets):
        r = self.r
        v, t = r.choice(targets)
        if r.random() < 0.3:
            op = r.choice(["+=", "-=", "*=", "&=", "|=", "^=", "&^="])
            self.emit("%s %s %s" % (v, op, self.expr(t, scope, 2)))
        elif r.random() < 0.1:
            self.emit("%s %s %d" % (v, r.choice(["<<=", ">>="]), r.randrange(bits(t) + 3)))
        else:
            self.emit("%s = %s" % (v, self.expr(t, scope, 3)))

    def block(self, scope, targets, depth):
        for _ in range(self.r.randint(1, 3)):
            self.stmt(scope, targets, depth)

    def stmt(self, scope, targets, depth):
        r = self.r
        k = r.randrange(10) if depth > 0 else 0
        if k <= 3:
            self.assign(scope, targets)
        elif k == 4:
            self.emit("if %s {" % self.cond(scope, 2))
            self.ind += 1
            self.block(scope, targets, depth - 1)
            self.ind -= 1
            if r.random() < 0.5:
                self.emit("} else {")
                self.ind += 1
                self.block(scope, targets, depth - 1)
                self.ind -= 1
            self.emit("}")
        elif k == 5:
            i = self.fresh("i")
            self.emit("for %s := 0; %s < %d; %s++ {" % (i, i, r.randint(1, 6), i))
            self.ind += 1
            self.block(scope + [(i, "int")], targets, depth - 1)
            self.ind -= 1
            self.emit("}")
        elif k == 6:
            if r.random() < 0.5:
                t = r.choice(TYPES)
                self.emit("switch int(%s) %% 4 {" % self.expr(t, scope, 2))
                for cases in (["0"], ["1", "-1"], ["2", "-3"]):
                    self.emit("case %s:" % ", ".join(cases))
                    self.ind += 1
                    self.block(scope, targets, depth - 1)
                    self.ind -= 1
            else:
                self.emit("switch {")
                for _ in range(2):
                    self.emit("case %s:" % self.cond(scope, 1))
                    self.ind += 1
                    self.block(scope, targets, depth - 1)
                    self.ind -= 1
            self.emit("default:")
            self.ind += 1
            self.block(scope, targets, depth - 1)
            self.ind -= 1
            self.emit("}")
        elif k == 7:
            self.closure(scope, targets, depth)
        elif k == 8:
            self.slice(scope, targets)
        else:
            self.map(scope, targets)

    def closure(self, scope, targets, depth):
        """A closure capturing and mutating outer variables, maybe nested."""
        r = self.r
        f = self.fresh("c")
        pt = r.choice(TYPES)
        p = self.fresh("p")
        rt = r.choice(TYPES)
        self.emit("%s := func(%s %s) %s {" % (f, p, pt, rt))
        self.ind += 1
        inner = scope + [(p, pt)]
        self.block(inner, targets, depth - 1)
        if depth > 1 and r.random() < 0.5:
            g = self.fresh("c")
            self.emit("%s := func() {" % g)
            self.ind += 1
            self.block(inner, targets, 1)
            self.ind -= 1
            self.emit("}")
            self.emit("%s()" % g)
            self.emit("%s()" % g)
        self.emit("return %s" % self.expr(rt, inner, 2))
        self.ind -= 1
        self.emit("}")
        v, t = r.choice(targets)
        self.emit("%s = %s(%s(%s)) + %s(%s(%s))" % (
            v, t, f, self.expr(pt, scope, 1), t, f, self.expr(pt, scope, 1)))

    def slice(self, scope, targets):
        r = self.r
        t = r.choice(TYPES)
        s = self.fresh("s")
        elems = [self.expr(t, scope, 1) for _ in range(r.randint(0, 3))]
        self.emit("%s := []%s{%s}" % (s, t, ", ".join(elems)))
        for _ in range(r.randint(0, 3)):
            self.emit("%s = append(%s, %s)" % (s, s, self.expr(t, scope, 2)))
        x = self.fresh("x")
        v, vt = r.choice(targets)
        self.emit("for _, %s := range %s {" % (x, s))
        self.ind += 1
        self.emit("%s += %s(%s)" % (v, vt, x))
        self.ind -= 1
        self.emit("}")
        self.emit('fmt.Println("%s", len(%s), %s)' % (s, s, s))

    def map(self, scope, targets):
        r = self.r
        kt, vt = r.choice(TYPES), r.choice(TYPES)
        m = self.fresh("m")
        self.emit("%s := map[%s]%s{}" % (m, kt, vt))
        i = self.fresh("i")
        self.emit("for %s := 0; %s < %d; %s++ {" % (i, i, r.randint(1, 8), i))
        self.ind += 1
        inner = scope + [(i, "int")]
        self.emit("%s[%s] += %s" % (m, self.expr(kt, inner, 2), self.expr(vt, inner, 2)))
        self.ind -= 1
        self.emit("}")
        # Deterministic print: fmt prints maps with sorted keys, plus a sum.
        k, x = self.fresh("k"), self.fresh("x")
        v, t = r.choice(targets)
        self.emit("for %s, %s := range %s {" % (k, x, m))
        self.ind += 1
        self.emit("%s ^= %s(%s) + %s(%s)" % (v, t, k, t, x))
        self.ind -= 1
        self.emit("}")
        self.emit('fmt.Println("%s", len(%s), %s)' % (m, m, m))

    def build(self):
        r = self.r
        for _ in range(r.randint(3, 6)):
            t = r.choice(TYPES)
            v = self.fresh("v")
            self.emit("var %s %s = %d" % (v, t, lit(r, t)))
            self.vars.append((v, t))
        names = ", ".join(v for v, _ in self.vars)
        for _ in range(r.randint(3, 7)):
            self.stmt(self.vars, self.vars, 2)
            if r.random() < 0.2:
                self.emit('fmt.Println("%s", %s)' % (self.name, names))
        self.emit('fmt.Println("%s", %s)' % (self.name, names))
        return self

