"""writer.py: the shared shape of one generated function.

A generator subclasses Writer, emits statement lines at the current
indentation into self.lines and, when it needs package-level declarations
(types, methods, helper functions), appends them to self.decls.  Every name
it invents comes from fresh(), prefixed by the function's name, so the
pieces of one program never collide.  self.imports names the packages the
piece uses besides fmt (which every piece uses to print).
"""
from contextlib import contextmanager


class Writer:
    def __init__(self, r, name):
        self.r = r
        self.name = name
        self.lines = []
        self.decls = []
        self.imports = set()
        self.ind = 1
        self.count = 0

    def emit(self, s):
        self.lines.append("\t" * self.ind + s)

    @contextmanager
    def indented(self, opener):
        """Emit opener, the body written inside the with block, then "}"."""
        self.emit(opener)
        self.ind += 1
        yield
        self.ind -= 1
        self.emit("}")

    @contextmanager
    def cases(self, opener):
        """A switch or select: its case lines stay at opener's indentation
        (each case body is emitted with one leading tab), then "}"."""
        self.emit(opener)
        yield
        self.emit("}")

    def fresh(self, prefix):
        self.count += 1
        return "%s%d" % (prefix, self.count)

    def gname(self, prefix):
        """A fresh package-level name owned by this function."""
        return "%s_%s" % (self.name, self.fresh(prefix))

    def decl(self, text):
        self.decls.append(text.strip("\n") + "\n")

    def function(self):
        return "func %s() {\n%s\n}\n" % (self.name, "\n".join(self.lines))
