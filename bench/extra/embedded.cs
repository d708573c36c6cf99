// embedded: method calls through embedded structs in a hot loop. Three
// levels of embedding (Base by value in Entity, *Stats by pointer in
// Entity, Entity in Player and in Monster), promoted methods with value
// and pointer receivers, a method shadowed at the outer level that
// calls the inner one explicitly, interfaces satisfied only through
// promoted methods, method values (p.Move) and method expressions
// ((*Entity).Tick) stored in slices and called per step.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type Base struct {
	id   int
	name string
}

func (b Base) ID() int       { return b.id }
func (b *Base) Rename(s string) { b.name = s }

type Stats struct {
	hp, maxHP int
	moves     int64
}

func (s *Stats) Damage(d int) bool {
	s.hp -= d
	if s.hp <= 0 {
		s.hp = s.maxHP
		return true
	}
	return false
}

func (s Stats) Ratio() int { return s.hp * 100 / s.maxHP }

type Entity struct {
	Base
	*Stats
	x, y int
}

func (e *Entity) Move(dx, dy int) {
	e.x += dx
	e.y += dy
	e.moves++
}

func (e *Entity) Tick(step int) int { return (e.x*31 + e.y + step) & 1023 }

type Player struct {
	Entity
	score int
}

// Tick shadows Entity.Tick and calls it.
func (p *Player) Tick(step int) int { return p.Entity.Tick(step) + p.score&7 }

type Monster struct {
	Entity
	level int
}

type Ticker interface{ Tick(int) int }
type Mover interface{ Move(dx, dy int) }
type Identified interface{ ID() int }

func main() {
	steps := 20000000
	if len(os.Args) > 1 {
		steps, _ = strconv.Atoi(os.Args[1])
	}
	players := make([]*Player, 4)
	monsters := make([]*Monster, 12)
	var tickers []Ticker
	var movers []Mover
	var ids []Identified
	for i := range players {
		players[i] = &Player{Entity: Entity{Base: Base{i, "p"}, Stats: &Stats{hp: 100, maxHP: 100}}}
		tickers = append(tickers, players[i])
		movers = append(movers, players[i])
		ids = append(ids, players[i])
	}
	for i := range monsters {
		monsters[i] = &Monster{Entity: Entity{Base: Base{100 + i, "m"}, Stats: &Stats{hp: 30 + i, maxHP: 30 + i}}, level: i % 3}
		tickers = append(tickers, monsters[i])
		movers = append(movers, &monsters[i].Entity)
		ids = append(ids, monsters[i].Base)
	}
	moveFns := []func(int, int){players[0].Move, monsters[0].Move, players[1].Entity.Move}
	tick := (*Entity).Tick
	var sum int64
	kills := 0
	for s := 0; s < steps; s++ {
		p := players[s&3]
		m := monsters[s%12]
		p.Move(1, s&1)
		m.Move(-1, (s>>1)&1)
		if m.Damage(1 + p.ID()) {
			kills++
			p.score += m.level + 1
			p.Rename("p" + strconv.Itoa(p.score&3))
		}
		t := tickers[s&15]
		sum += int64(t.Tick(s))
		movers[(s*7)&15].Move(s&1, -(s & 1))
		sum += int64(ids[s&15].ID()) + int64(m.Ratio())
		moveFns[s%3](1, 1)
		sum += int64(tick(&m.Entity, s))
	}
	for _, p := range players {
		fmt.Println(p.name, p.ID(), p.score, p.x, p.y, p.moves, p.Ratio())
	}
	fmt.Println("kills", kills, "sum", sum, "monster0", monsters[0].x, monsters[0].moves)
}
