package main

// Richards (Martin Richards' OS task-scheduler simulation, as in the
// Octane and Smalltalk suites): an idle task, a worker, two handlers and
// two devices pass packets through linked queues; tasks are an
// interface with four implementations, control blocks carry state bits.
// Runs the benchmark n times and checks each run's queue and hold counts
// against the published 2322 / 928.

import (
	"fmt"
	"os"
	"strconv"
)

const (
	idIdle = iota
	idWorker
	idHandlerA
	idHandlerB
	idDeviceA
	idDeviceB
	numIDs
)

const (
	kindDevice = iota
	kindWork
)

const dataSize = 4

const (
	stateRunning          = 0
	stateRunnable         = 1
	stateSuspended        = 2
	stateSuspendedRunable = 3
	stateHeld             = 4
)

type packet struct {
	link *packet
	id   int
	kind int
	a1   int
	a2   [dataSize]int
}

func newPacket(link *packet, id, kind int) *packet {
	return &packet{link: link, id: id, kind: kind}
}

// addTo appends p to the end of queue and returns the queue's head.
func (p *packet) addTo(queue *packet) *packet {
	p.link = nil
	if queue == nil {
		return p
	}
	next := queue
	for next.link != nil {
		next = next.link
	}
	next.link = p
	return queue
}

type task interface {
	run(p *packet) *tcb
}

type tcb struct {
	link     *tcb
	id       int
	priority int
	queue    *packet
	task     task
	state    int
}

func (t *tcb) heldOrSuspended() bool {
	return t.state&stateHeld != 0 || t.state == stateSuspended
}

func (t *tcb) run() *tcb {
	var p *packet
	if t.state == stateSuspendedRunable {
		p = t.queue
		t.queue = p.link
		if t.queue == nil {
			t.state = stateRunning
		} else {
			t.state = stateRunnable
		}
	}
	return t.task.run(p)
}

func (t *tcb) checkPriorityAdd(cur *tcb, p *packet) *tcb {
	if t.queue == nil {
		t.queue = p
		t.state |= stateRunnable
		if t.priority > cur.priority {
			return t
		}
	} else {
		t.queue = p.addTo(t.queue)
	}
	return cur
}

type scheduler struct {
	queueCount, holdCount int
	blocks                [numIDs]*tcb
	list, current         *tcb
	currentID             int
}

func (s *scheduler) addTask(id, priority int, queue *packet, t task) {
	state := stateSuspended
	if queue != nil {
		state = stateSuspendedRunable
	}
	s.current = &tcb{link: s.list, id: id, priority: priority, queue: queue, task: t, state: state}
	s.list = s.current
	s.blocks[id] = s.current
}

func (s *scheduler) schedule() {
	s.current = s.list
	for s.current != nil {
		if s.current.heldOrSuspended() {
			s.current = s.current.link
		} else {
			s.currentID = s.current.id
			s.current = s.current.run()
		}
	}
}

func (s *scheduler) release(id int) *tcb {
	t := s.blocks[id]
	if t == nil {
		return t
	}
	t.state &^= stateHeld
	if t.priority > s.current.priority {
		return t
	}
	return s.current
}

func (s *scheduler) holdCurrent() *tcb {
	s.holdCount++
	s.current.state |= stateHeld
	return s.current.link
}

func (s *scheduler) suspendCurrent() *tcb {
	s.current.state |= stateSuspended
	return s.current
}

func (s *scheduler) queue(p *packet) *tcb {
	t := s.blocks[p.id]
	if t == nil {
		return t
	}
	s.queueCount++
	p.link = nil
	p.id = s.currentID
	return t.checkPriorityAdd(s.current, p)
}

type idleTask struct {
	s     *scheduler
	v1    int
	count int
}

func (t *idleTask) run(p *packet) *tcb {
	t.count--
	if t.count == 0 {
		return t.s.holdCurrent()
	}
	if t.v1&1 == 0 {
		t.v1 >>= 1
		return t.s.release(idDeviceA)
	}
	t.v1 = t.v1>>1 ^ 0xD008
	return t.s.release(idDeviceB)
}

type deviceTask struct {
	s       *scheduler
	pending *packet
}

func (t *deviceTask) run(p *packet) *tcb {
	if p == nil {
		if t.pending == nil {
			return t.s.suspendCurrent()
		}
		v := t.pending
		t.pending = nil
		return t.s.queue(v)
	}
	t.pending = p
	return t.s.holdCurrent()
}

type workerTask struct {
	s      *scheduler
	dest   int
	letter int
}

func (t *workerTask) run(p *packet) *tcb {
	if p == nil {
		return t.s.suspendCurrent()
	}
	if t.dest == idHandlerA {
		t.dest = idHandlerB
	} else {
		t.dest = idHandlerA
	}
	p.id = t.dest
	p.a1 = 0
	for i := range p.a2 {
		t.letter++
		if t.letter > 26 {
			t.letter = 1
		}
		p.a2[i] = t.letter
	}
	return t.s.queue(p)
}

type handlerTask struct {
	s             *scheduler
	work, devices *packet
}

func (t *handlerTask) run(p *packet) *tcb {
	if p != nil {
		if p.kind == kindWork {
			t.work = p.addTo(t.work)
		} else {
			t.devices = p.addTo(t.devices)
		}
	}
	if t.work != nil {
		count := t.work.a1
		if count < dataSize {
			if t.devices != nil {
				v := t.devices
				t.devices = v.link
				v.a1 = t.work.a2[count]
				t.work.a1 = count + 1
				return t.s.queue(v)
			}
		} else {
			v := t.work
			t.work = v.link
			return t.s.queue(v)
		}
	}
	return t.s.suspendCurrent()
}

func runRichards(count int) (int, int) {
	s := &scheduler{}
	s.addTask(idIdle, 0, nil, &idleTask{s, 1, count})
	s.current.state = stateRunning

	q := newPacket(nil, idWorker, kindWork)
	q = newPacket(q, idWorker, kindWork)
	s.addTask(idWorker, 1000, q, &workerTask{s, idHandlerA, 0})

	q = newPacket(nil, idDeviceA, kindDevice)
	q = newPacket(q, idDeviceA, kindDevice)
	q = newPacket(q, idDeviceA, kindDevice)
	s.addTask(idHandlerA, 2000, q, &handlerTask{s: s})

	q = newPacket(nil, idDeviceB, kindDevice)
	q = newPacket(q, idDeviceB, kindDevice)
	q = newPacket(q, idDeviceB, kindDevice)
	s.addTask(idHandlerB, 3000, q, &handlerTask{s: s})

	s.addTask(idDeviceA, 4000, nil, &deviceTask{s: s})
	s.addTask(idDeviceB, 5000, nil, &deviceTask{s: s})
	s.schedule()
	return s.queueCount, s.holdCount
}

func main() {
	n := 10000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	bad, qsum, hsum := 0, 0, 0
	for i := 0; i < n; i++ {
		q, h := runRichards(1000)
		if q != 2322 || h != 928 {
			bad++
		}
		qsum += q
		hsum += h
	}
	q, h := runRichards(10000)
	fmt.Println("runs", n, "wrong", bad, "queue", qsum, "hold", hsum)
	fmt.Println("count 10000: queue", q, "hold", h)
}
