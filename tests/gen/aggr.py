"""aggr.py: random functions over structs, arrays, methods and interfaces.

Each piece declares two or three random struct types (integer, string,
nested struct and array fields; arrays of earlier structs) and exercises
value semantics: copies of structs and arrays are independent, arrays are
passed and returned by value, == compares structs and arrays field by
field, equal structs are the same map key, pointers to fields (&a.b.c)
alias the original.  Every struct type gets a value-receiver method (which mutates its copy: the caller must not
see it) and a pointer-receiver method; both are called directly, through
pointers, as method values (bound at evaluation time) and as method
expressions.  An interface is implemented by the struct types, by a named
integer type and by a pointer type, and its values go through a loop of
method calls, a type switch and comma-ok assertions; interface{} values of
basic types, nil, errors and structs go through type switches too.

Types are ("int", name) | ("str",) | ("struct", Struct) | ("array", n, type).
Validity: literals are in range of their field types; every variable is
printed.
"""
from ints import lit
from writer import Writer

INT_TYPES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "int", "uint"]
STRS = ['"x"', '"yz"', '""', '"\\u00e9t\\u00e9"']


class Struct:
    def __init__(self, name, fields):
        self.name = name
        self.fields = fields   # [(field name, type)]


def spell(t):
    if t[0] == "int":
        return t[1]
    if t[0] == "str":
        return "string"
    if t[0] == "struct":
        return t[1].name
    return "[%d]%s" % (t[1], spell(t[2]))


def leaves(t, path):
    """(path, leaf type) for every integer or string inside a value of type t."""
    if t[0] in ("int", "str"):
        return [(path, t)]
    if t[0] == "struct":
        return [x for f, ft in t[1].fields for x in leaves(ft, "%s.%s" % (path, f))]
    return [x for i in range(t[1]) for x in leaves(t[2], "%s[%d]" % (path, i))]


class AggrFn(Writer):
    def value(self, t):
        r = self.r
        if t[0] == "int":
            return str(lit(r, t[1]))
        if t[0] == "str":
            return r.choice(STRS)
        if t[0] == "struct":
            return "%s{%s}" % (t[1].name, ", ".join(self.value(ft) for _, ft in t[1].fields))
        return "%s{%s}" % (spell(t), ", ".join(self.value(t[2]) for _ in range(t[1])))

    def mutate(self, var, t):
        path, lt = self.r.choice(leaves(t, var))
        if lt[0] == "str":
            self.emit("%s += %s" % (path, self.r.choice(STRS[:2])))
        else:
            self.emit("%s %s %d" % (path, self.r.choice(["+=", "^=", "-=", "="]), lit(self.r, lt[1])))

    def new_struct(self, earlier):
        r = self.r
        fields = []
        for i in range(r.randint(1, 4)):
            k = r.randrange(6)
            if k == 0 and earlier:
                ft = ("struct", r.choice(earlier))
            elif k == 1:
                elem = ("struct", r.choice(earlier)) if earlier and r.random() < 0.5 else ("int", r.choice(INT_TYPES))
                ft = ("array", r.randint(1, 3), elem)
            elif k == 2:
                ft = ("str",)
            else:
                ft = ("int", r.choice(INT_TYPES))
            fields.append(("F%d" % i, ft))
        s = Struct(self.gname("S"), fields)
        self.decl("type %s struct {\n%s\n}" % (s.name, "\n".join("\t%s %s" % (f, spell(ft)) for f, ft in fields)))
        self.methods(s)
        return s

    def methods(self, s):
        """Sum (value receiver, mutates its copy) and Bump (pointer receiver)."""
        t = ("struct", s)
        terms = ["int64(%s)" % p if lt[0] == "int" else "int64(len(%s))" % p for p, lt in leaves(t, "s")]
        ints = [p for p, lt in leaves(t, "s") if lt[0] == "int"]
        mut = ("\t%s++\n" % ints[0]) if ints else ""
        self.decl("func (s %s) Sum() int64 {\n%s\treturn %s\n}" % (s.name, mut, " + ".join(terms)))
        self.decl("func (s %s) Tag() string { return \"%s\" }" % (s.name, s.name))
        bump = "".join("\t%s += %s(d)\n" % (p, lt[1]) for p, lt in leaves(t, "s")[:2] if lt[0] == "int")
        self.decl("func (s *%s) Bump(d int) {\n%s\ts.Tag()\n}" % (s.name, bump))

    def copies(self, s):
        t = ("struct", s)
        a, b = self.fresh("a"), self.fresh("b")
        self.emit("%s := %s" % (a, self.value(t)))
        self.emit("%s := %s" % (b, a))
        self.mutate(b, t)
        self.emit('fmt.Println("%s", %s == %s, %s != %s)' % (self.name, a, b, a, b))
        self.emit('fmt.Printf("%s %%v %%+v\\n", %s, %s)' % (self.name, a, b))
        p, lt = self.r.choice(leaves(t, a))
        if lt[0] == "int":
            q = self.fresh("p")
            self.emit("%s := &%s" % (q, p))
            self.emit("*%s += %d" % (q, lit(self.r, lt[1])))
            self.emit('fmt.Println("%s", *%s, %s, %s == %s)' % (self.name, q, a, a, b))
        return a

    def arrays(self, s):
        r = self.r
        n = r.randint(1, 3)
        t = ("array", n, ("struct", s))
        a, b = self.fresh("arr"), self.fresh("arr")
        self.emit("%s := %s" % (a, self.value(t)))
        self.emit("%s := %s" % (b, a))
        self.mutate(b, t)
        f = self.gname("byval")
        k = r.randrange(n)
        self.decl("func %s(a %s) %s {\n\ta[%d].Bump(%d)\n\treturn a\n}" % (f, spell(t), spell(t), k, r.randint(1, 9)))
        c = self.fresh("arr")
        self.emit("%s := %s(%s)" % (c, f, a))
        self.emit('fmt.Println("%s", %s == %s, %s == %s, %s, %s, %s)' % (self.name, a, b, a, c, a, b, c))
        e = self.fresh("e")
        with self.indented("for _, %s := range %s {" % (e, a)):   # the range value is a copy
            self.emit("%s.Bump(1)" % e)
            self.emit('fmt.Print(%s.Sum(), " ")' % e)
        self.emit('fmt.Println(%s)' % a)

    def keys(self, s, a):
        """Structs and arrays as map keys: equal values must hash alike."""
        t = ("struct", s)
        m, b = self.fresh("m"), self.fresh("b")
        self.emit("%s := map[%s]int{%s: 1}" % (m, s.name, a))
        self.emit("%s := %s" % (b, a))
        self.emit("%s[%s]++" % (m, b))
        self.mutate(b, t)
        self.emit("%s[%s] += 10" % (m, b))
        self.emit("%s[[2]%s{%s, %s}[1]] += 100" % (m, s.name, b, a))
        self.emit('fmt.Println("%s", len(%s), %s[%s], %s[%s])' % (self.name, m, m, a, m, b))

    def calls(self, s, a):
        r = self.r
        mv, p = self.fresh("mv"), self.fresh("ptr")
        self.emit("%s := %s.Sum" % (mv, a))   # binds a copy of a now
        self.emit("%s := &%s" % (p, a))
        self.emit("%s.Bump(%d)" % (p, r.randint(1, 5)))
        self.emit("%s.Bump(%d)" % (a, r.randint(1, 5)))
        self.emit("(*%s).Bump(%s, %d)" % (s.name, p, r.randint(1, 5)))
        self.emit('fmt.Println("%s", %s(), %s.Sum(), %s.Sum(), %s.Sum(%s), %s)' % (
            self.name, mv, a, p, s.name, a, a))

    def interfaces(self, structs, vals):
        r = self.r
        it, nt, pt = self.gname("I"), self.gname("N"), self.gname("P")
        self.decl("type %s interface {\n\tSum() int64\n\tTag() string\n}" % it)
        self.decl("type %s int32\n\nfunc (n %s) Sum() int64 { return int64(n) * 2 }\n\n"
                  "func (n %s) Tag() string { return \"%s\" }" % (nt, nt, nt, nt))
        self.decl("type %s struct{ v []int }\n\nfunc (p *%s) Sum() int64 { p.v = append(p.v, len(p.v)); return int64(len(p.v)) }\n\n"
                  "func (p *%s) Tag() string { return \"%s\" }" % (pt, pt, pt, pt))
        xs = self.fresh("xs")
        items = vals + ["%s(%d)" % (nt, lit(r, "int32")), "&%s{}" % pt] + ["&%s" % v for v in vals]
        r.shuffle(items)
        self.emit("%s := []%s{%s}" % (xs, it, ", ".join(items)))
        x = self.fresh("x")
        with self.indented("for _, %s := range %s {" % (x, xs)):
            self.emit('fmt.Print(%s.Tag(), " ", %s.Sum(), " ")' % (x, x))
            with self.cases("switch v := %s.(type) {" % x):
                for s in structs[:2]:
                    self.emit("case %s:" % s.name)
                    self.emit('\tfmt.Println("value", v.Sum(), v)')
                self.emit("case *%s:" % structs[0].name)
                self.emit('\tv.Bump(1)')
                self.emit('\tfmt.Println("pointer", *v)')
                self.emit("case %s, *%s:" % (nt, pt))
                self.emit('\tfmt.Println("other", v.Tag())')
                self.emit("default:")
                self.emit('\tfmt.Printf("default %T\\n", v)')
        y = self.fresh("y")
        k = r.randrange(len(items))
        self.emit("%s, ok := %s[%d].(%s)" % (y, xs, k, nt))
        self.emit('fmt.Println("%s", %s, ok)' % (self.name, y))
        with self.indented("if s, ok := %s[%d].(%s); ok {" % (xs, k, structs[-1].name)):
            self.emit('fmt.Println("%s", s.Sum(), s)' % self.name)
        self.emit("var e interface{} = %s[%d]" % (xs, r.randrange(len(items))))
        with self.indented("if i, ok := e.(%s); ok {" % it):
            self.emit('fmt.Println("%s", i.Tag(), e == i)' % self.name)

    def any_switch(self, vals):
        """interface{} holding basic values, nil and structs through a type switch."""
        r = self.r
        items = vals + ["nil", "int8(%d)" % lit(r, "int8"), "uint(%d)" % lit(r, "uint"), "%d" % lit(r, "int32"),
                        "float32(%d) / 3" % lit(r, "int16"), "2.5", '"str"', "[]int{1}", "&%s" % vals[0],
                        "'x'", "true", "[2]string{\"a\"}", "error(nil)", "fmt.Errorf(\"e%%d\", %d)" % r.randint(0, 9)]
        r.shuffle(items)
        xs, x = self.fresh("anys"), self.fresh("x")
        self.emit("%s := []interface{}{%s}" % (xs, ", ".join(items)))
        with self.indented("for _, %s := range %s {" % (x, xs)):
            with self.cases("switch v := %s.(type) {" % x):
                cases = [("nil", '"nil", v'), ("int, int8, uint", '"integer", v'), ("float32, float64", '"float", v'),
                         ("string", '"string", len(v), v'), ("error", '"error", v.Error()'),
                         ("bool", '"bool", !v'), ("rune", '"rune", v+1'), ("*%s" % self.struct_names[0], '"ptr", *v'),
                         ("fmt.Stringer", '"stringer"'), ("[]int", '"slice", len(v)')]
                r.shuffle(cases)
                for c, out in cases[:r.randint(4, len(cases))]:
                    self.emit("case %s:" % c)
                    self.emit("	fmt.Println(%s)" % out)
                self.emit("default:")
                self.emit('	fmt.Printf("default %T %v\\n", v, v)')

    def build(self):
        r = self.r
        structs = []
        for _ in range(r.randint(2, 3)):
            structs.append(self.new_struct(structs))
        vals = []
        for s in structs:
            a = self.copies(s)
            vals.append(a)
            if r.random() < 0.6:
                self.arrays(s)
            if r.random() < 0.6:
                self.calls(s, a)
        self.keys(structs[-1], vals[-1])
        self.interfaces(structs, vals)
        self.struct_names = [st.name for st in structs]
        if r.random() < 0.5:
            self.any_switch(vals)
        self.emit('fmt.Println("%s", %s)' % (self.name, ", ".join(vals)))
        return self


def build(r, name):
    return AggrFn(r, name).build()
