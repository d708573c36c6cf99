package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type Op int

const (
	PUSH Op = iota
	ADD
	SUB
	MUL
	MOD
	DUP
	SWAP
	JNZ
	DEC
	LOAD
	STORE
	PRINT
	HALT
)

var names = [...]string{"PUSH", "ADD", "SUB", "MUL", "MOD", "DUP", "SWAP", "JNZ", "DEC", "LOAD", "STORE", "PRINT", "HALT"}

func (o Op) String() string { return names[o] }

type Instr struct {
	Op  Op
	Arg int
}

type VM struct {
	stack []int
	vars  [8]int
	out   strings.Builder
	steps int
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }
func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) run(prog []Instr) {
	pc := 0
	for {
		in := prog[pc]
		pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD, SUB, MUL, MOD:
			b, a := vm.pop(), vm.pop()
			switch in.Op {
			case ADD:
				vm.push(a + b)
			case SUB:
				vm.push(a - b)
			case MUL:
				vm.push(a * b)
			default:
				vm.push(a % b)
			}
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case JNZ:
			if vm.pop() != 0 {
				pc = in.Arg
			}
		case DEC:
			vm.push(vm.pop() - 1)
		case LOAD:
			vm.push(vm.vars[in.Arg])
		case STORE:
			vm.vars[in.Arg] = vm.pop()
		case PRINT:
			fmt.Fprintf(&vm.out, "%d\n", vm.pop())
		case HALT:
			return
		}
	}
}

func parse(src string) []Instr {
	var prog []Instr
	for _, line := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(line)
		var op Op
		for i, nm := range names {
			if nm == f[0] {
				op = Op(i)
			}
		}
		arg := 0
		if len(f) > 1 {
			arg, _ = strconv.Atoi(f[1])
		}
		prog = append(prog, Instr{op, arg})
	}
	return prog
}

func main() {
	n := 3000000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	src := fmt.Sprintf(`
PUSH %d
STORE 0
PUSH 0
STORE 1
LOAD 1
LOAD 0
ADD
PUSH 1000003
MOD
STORE 1
LOAD 0
DEC
DUP
STORE 0
JNZ 4
LOAD 1
PRINT
HALT`, n)
	prog := parse(src)
	vm := &VM{}
	vm.run(prog)
	fmt.Print(vm.out.String())
	fmt.Println(vm.steps, prog[6].Op, fmt.Sprintf("%v", prog[:3]))
}
