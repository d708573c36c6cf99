"""conc.py: random functions over goroutines and closures over loop variables.

Exercises only communication whose result is deterministic: pipelines of
goroutines over unbuffered channels (closed and ranged over), WaitGroup
workers writing results to distinct slice indexes, select with exactly one
ready case (or none and a default), a mutex-guarded sum, and closures that
capture loop variables with Go 1.19's semantics (one variable per loop, so
closures created in the loop see its final value; a closure may also change
the loop variable).

Validity: every channel operation has a partner, so nothing deadlocks;
every variable is printed.
"""
from writer import Writer


class ConcFn(Writer):
    def pipeline(self):
        r = self.r
        n, m = r.randint(1, 8), r.randint(2, 9)
        a, b = self.fresh("ch"), self.fresh("ch")
        self.emit("%s, %s := make(chan int), make(chan int)" % (a, b))
        with self.indented("go func() {"):
            with self.indented("for i := 0; i < %d; i++ {" % n):
                self.emit("%s <- i*%d - %d" % (a, m, r.randint(0, 9)))
            self.emit("close(%s)" % a)
        self.lines[-1] += "()"
        with self.indented("go func(out chan<- int) {"):
            with self.indented("for v := range %s {" % a):
                self.emit("out <- v * v %% %d" % r.randint(2, 50))
            self.emit("close(out)")
        self.lines[-1] += "(%s)" % b
        s = self.fresh("sum")
        self.emit("%s := 0" % s)
        with self.indented("for v := range %s {" % b):
            self.emit("%s = %s*7 + v" % (s, s))
            self.emit('fmt.Print(v, " ")')
        self.emit('fmt.Println("%s", %s)' % (self.name, s))

    def workers(self):
        r = self.r
        self.imports.add("sync")
        n = r.randint(1, 10)
        res, wg = self.fresh("res"), self.fresh("wg")
        self.emit("%s := make([]int, %d)" % (res, n))
        self.emit("var %s sync.WaitGroup" % wg)
        with self.indented("for i := 0; i < %d; i++ {" % n):
            self.emit("%s.Add(1)" % wg)
            with self.indented("go func(i int) {"):
                self.emit("defer %s.Done()" % wg)
                self.emit("x := i")
                with self.indented("for j := 0; j < %d; j++ {" % r.randint(1, 20)):
                    self.emit("x = x*%d + j" % r.randint(2, 9))
                self.emit("%s[i] = x" % res)
            self.lines[-1] += "(i)"
        self.emit("%s.Wait()" % wg)
        self.emit('fmt.Println("%s", %s)' % (self.name, res))
        if r.random() < 0.5:
            mu, tot = self.fresh("mu"), self.fresh("tot")
            self.emit("var %s sync.Mutex" % mu)
            self.emit("%s := 0" % tot)
            with self.indented("for _, v := range %s {" % res):
                self.emit("%s.Add(1)" % wg)
                with self.indented("go func(v int) {"):
                    self.emit("%s.Lock()" % mu)
                    self.emit("%s += v %% %d" % (tot, r.randint(2, 1000)))
                    self.emit("%s.Unlock()" % mu)
                    self.emit("%s.Done()" % wg)
                self.lines[-1] += "(v)"
            self.emit("%s.Wait()" % wg)
            self.emit('fmt.Println("%s", %s)' % (self.name, tot))

    def selects(self):
        r = self.r
        ready, idle, nilc = self.fresh("rc"), self.fresh("ic"), self.fresh("nc")
        self.emit("%s := make(chan int, 1)" % ready)
        self.emit("%s := make(chan int)" % idle)
        self.emit("var %s chan int" % nilc)
        send = r.random() < 0.5
        if not send:
            self.emit("%s <- %d" % (ready, r.randint(-9, 99)))
        cases = [("case v := <-%s:" % idle, 'fmt.Println("%s idle", v)' % self.name),
                 ("case %s <- 1:" % nilc, 'fmt.Println("%s nil")' % self.name),
                 ("case %s <- %d:" % (ready, r.randint(0, 9)), 'fmt.Println("%s sent", len(%s))' % (self.name, ready))
                 if send else
                 ("case v, ok := <-%s:" % ready, 'fmt.Println("%s got", v, ok)' % self.name)]
        r.shuffle(cases)
        with self.cases("select {"):
            for case, body in cases:
                self.emit(case)
                self.emit("\t" + body)
        with self.cases("select {"):
            self.emit("case v := <-%s:" % idle)
            self.emit('\tfmt.Println("%s unexpected", v)' % self.name)
            self.emit("default:")
            self.emit('\tfmt.Println("%s default", len(%s), cap(%s), %s == nil)' % (self.name, ready, ready, nilc))

    def loop_closures(self):
        r = self.r
        fs = self.fresh("fs")
        n = r.randint(1, 5)
        self.emit("var %s []func() int" % fs)
        if r.random() < 0.5:
            with self.indented("for i := 0; i < %d; i++ {" % n):
                self.emit("%s = append(%s, func() int { return i * %d })" % (fs, fs, r.randint(1, 9)))
                if r.random() < 0.4:
                    self.emit("func() { i++ }()")
        else:
            xs = self.fresh("xs")
            self.emit("%s := []int{%s}" % (xs, ", ".join(str(r.randint(-9, 99)) for _ in range(n))))
            with self.indented("for i, v := range %s {" % xs):
                self.emit("%s = append(%s, func() int { return i*100 + v })" % (fs, fs))
        f = self.fresh("f")
        with self.indented("for _, %s := range %s {" % (f, fs)):
            self.emit('fmt.Print(%s(), " ")' % f)
        self.emit("fmt.Println()")
        if r.random() < 0.5:   # the usual fix: a per-iteration copy
            c = self.fresh("c")
            self.emit("%s := make(chan int)" % c)
            with self.indented("for i := 0; i < %d; i++ {" % n):
                self.emit("i := i")
                self.emit("go func() { %s <- i * i }()" % c)
                self.emit('fmt.Print(<-%s, " ")' % c)
            self.emit("fmt.Println()")

    def build(self):
        r = self.r
        parts = [self.pipeline, self.workers, self.selects, self.loop_closures]
        for _ in range(r.randint(2, 4)):
            r.choice(parts)()
        return self


def build(r, name):
    return ConcFn(r, name).build()
