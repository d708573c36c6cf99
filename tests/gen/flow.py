"""flow.py: random functions over control flow with defined ordering.

Each piece strings together a few of: defer (arguments evaluated at the
defer statement, closures seeing later changes and the loop variable's final
value, LIFO order, a deferred call panicking anew during a panic, deferred
closures changing named results), panic and recover of run-time errors
(index and slice bounds, nil map write, integer division by zero, failed
type assertion, nil pointer dereference, explicit panic values) with the
recovered value printed, multiple assignment where index expressions are
evaluated before any assignment (a[i], i = ...; swaps), compound assignments
whose index operands are calls (evaluated once, left to right), labeled
break and continue over nested loops, and switch with fallthrough.

Validity: the values that make run-time errors are variables (a constant
index or divisor would be a compile error); every variable is printed.
"""
from writer import Writer

FAULTS = [
    # (setup, faulting statement using k (an int >= 0))
    ("s := []int{1, 2, 3}", "res += s[k+3]"),
    ("s := make([]int, 2, 4)", "res += len(s[:k+5])"),
    ("s := []byte(\"abc\")", "res += len(s[k+2 : k+1])"),
    ("var m map[string]int", "m[\"k\"] = k"),
    ("z := k - k", "res += 100 / z"),
    ("z := int8(k - k)", "res += int(int8(-128+k) % z)"),
    ("var e interface{} = \"str\"", "res += e.(int)"),
    ("var e interface{} = k", "res += len(e.(fmt.Stringer).String())"),
    ("var p *[4]int", "res += p[k]"),
    ("a := [3]int{}", "res += a[k+3&7]"),
    ("str := \"h\\u00e9\"", "res += int(str[k+3])"),
    ("", "panic(fmt.Sprintf(\"custom %d\", k))"),
    ("", "panic(k)"),
    ("var err error = fmt.Errorf(\"wrapped %d\", k)", "panic(err)"),
]


class FlowFn(Writer):
    def defers(self):
        r = self.r
        f = self.gname("named")
        n = r.randint(1, 4)
        op = r.choice(["*= 2", "+= 10", "-= x"])
        self.decl("""func %s(x int) (r int, s string) {
	for i := 0; i < %d; i++ {
		defer fmt.Println("defer", i, x)
		defer func() { fmt.Println("late", i, x) }()
	}
	defer func() {
		r %s
		s += "d"
	}()
	x += %d
	defer func(v int) { s += fmt.Sprint(v, x) }(x)
	x *= 3
	return x + 1, "s"
}""" % (f, n, op, r.randint(1, 9)))
        self.emit('fmt.Println(%s(%d))' % (f, r.randint(-5, 50)))

    def recovers(self):
        r = self.r
        f = self.gname("try")
        setup, fault = r.choice(FAULTS)
        after = r.choice(["res = -1", "res *= 2", ""])
        again = r.choice(["", "", "defer func() { panic(fmt.Sprint(\"again \", k)) }()"])
        self.decl("""func %s(k int) (res int) {
	defer func() {
		e := recover()
		fmt.Println("recovered:", e)
		if err, ok := e.(error); ok {
			fmt.Println("error:", err.Error())
		}
		%s
	}()
	%s
	res = k
	%s
	%s
	return res + 1
}""" % (f, after, again, setup, fault))
        self.emit("fmt.Println(%s(%d))" % (f, r.randint(0, 3)))

    def multi(self):
        r = self.r
        a, i, j = self.fresh("a"), self.fresh("i"), self.fresh("j")
        n = r.randint(2, 5)
        self.emit("%s := []int{%s}" % (a, ", ".join(str(r.randrange(n)) for _ in range(n))))
        self.emit("%s, %s := %d, %d" % (i, j, r.randrange(n), r.randrange(n)))
        forms = [
            "{i}, {a}[{i}] = {a}[{i}], {i}",
            "{a}[{i}], {i} = {i}, {a}[{i}]",
            "{a}[{i}], {a}[{j}] = {a}[{j}], {a}[{i}]",
            "{i}, {j} = {j}, {i}",
            "{i}, {j}, {a}[{i}] = {a}[{j}], {a}[{i}], {j}",
            "{a}[{a}[{i}]], {a}[{i}] = {j}, {a}[{a}[{j}]]",
        ]
        for _ in range(r.randint(2, 4)):
            self.emit(r.choice(forms).format(a=a, i=i, j=j))
            self.emit('fmt.Println("%s", %s, %s, %s)' % (self.name, a, i, j))

    def once(self):
        """Compound assignments evaluate their index operands once, calls left to right."""
        r = self.r
        a, m, cnt, nx = self.fresh("a"), self.fresh("m"), self.fresh("cnt"), self.fresh("nx")
        n = r.randint(1, 4)
        self.emit("%s := make([]int, %d)" % (a, n))
        self.emit("%s := map[int]int{}" % m)
        self.emit("%s := 0" % cnt)
        with self.indented("%s := func() int {" % nx):
            self.emit("%s++" % cnt)
            self.emit('fmt.Print("n", %s, " ")' % cnt)
            self.emit("return %s %% %d" % (cnt, n))
        forms = ["{a}[{nx}()] += {nx}() * {k}", "{a}[{nx}()]++", "{m}[{nx}()] -= {nx}()",
                 "{m}[{nx}()+{k}]++", "{a}[{nx}()], {a}[{nx}()] = {nx}(), {nx}()",
                 "{a}[{nx}()] <<= uint({nx}())", "{a}[{a}[{nx}()]%{n}] |= {nx}()"]
        for _ in range(r.randint(2, 5)):
            self.emit(r.choice(forms).format(a=a, m=m, nx=nx, n=n, k=r.randint(1, 9)))
        self.emit('fmt.Println("%s", %s, %s, %s)' % (self.name, a, m, cnt))

    def labels(self):
        r = self.r
        acc, lab = self.fresh("acc"), self.gname("L").upper()
        self.emit("%s := 0" % acc)
        self.ind -= 1
        self.emit("%s:" % lab)
        self.ind += 1
        with self.indented("for i := 0; i < %d; i++ {" % r.randint(2, 6)):
            with self.indented("for j := 0; j < %d; j++ {" % r.randint(2, 6)):
                self.emit("if (i*%d+j)%%%d == %d {" % (r.randint(1, 5), r.randint(2, 5), r.randint(0, 1)))
                self.emit("\tcontinue %s" % lab)
                self.emit("}")
                with self.cases("switch {"):
                    self.emit("case i+j > %d:" % r.randint(3, 9))
                    self.emit("\tbreak %s" % lab)
                    self.emit("case j == %d:" % r.randint(0, 3))
                    self.emit("\tbreak")
                self.emit("%s = %s*3 + i*j + 1" % (acc, acc))
        self.emit('fmt.Println("%s", %s)' % (self.name, acc))

    def fallthroughs(self):
        r = self.r
        acc = self.fresh("acc")
        self.emit("%s := 0" % acc)
        with self.indented("for x := %d; x < %d; x++ {" % (r.randint(-3, 0), r.randint(2, 8))):
            with self.cases("switch x %% %d {" % r.randint(2, 5)):
                for c in range(4):
                    self.emit("case %d:" % c if c < 3 else "default:")
                    self.emit("\t%s = %s*%d + %d" % (acc, acc, r.randint(2, 5), c + 1))
                    if c < 3 and r.random() < 0.6:
                        self.emit("\tfallthrough")
            self.emit('fmt.Print(%s, " ")' % acc)
        self.emit("fmt.Println()")

    def build(self):
        r = self.r
        parts = [self.defers, self.recovers, self.recovers, self.multi, self.once, self.labels, self.fallthroughs]
        for _ in range(r.randint(2, 5)):
            r.choice(parts)()
        return self


def build(r, name):
    return FlowFn(r, name).build()
