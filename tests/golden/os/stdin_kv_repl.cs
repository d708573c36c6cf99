package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Store struct {
	data map[string]int
	log  []string
}

var errUsage = errors.New("usage")

func (s *Store) exec(line string) (string, error) {
	parts := strings.Fields(line)
	if len(parts) == 0 {
		return "", nil
	}
	switch cmd := strings.ToLower(parts[0]); cmd {
	case "set":
		if len(parts) != 3 {
			return "", fmt.Errorf("%s: %w: set KEY VALUE", cmd, errUsage)
		}
		v, err := strconv.Atoi(parts[2])
		if err != nil {
			return "", fmt.Errorf("set %s: %w", parts[1], err)
		}
		s.data[parts[1]] = v
		return "OK", nil
	case "get":
		if len(parts) != 2 {
			return "", fmt.Errorf("%s: %w: get KEY", cmd, errUsage)
		}
		v, ok := s.data[parts[1]]
		if !ok {
			return "(nil)", nil
		}
		return strconv.Itoa(v), nil
	case "incr":
		s.data[parts[1]]++
		return fmt.Sprint(s.data[parts[1]]), nil
	case "keys":
		keys := make([]string, 0, len(s.data))
		for k := range s.data {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		return strings.Join(keys, ","), nil
	case "sum":
		t := 0
		for _, v := range s.data {
			t += v
		}
		return fmt.Sprintf("%d", t), nil
	case "quit":
		return "bye", errQuit
	default:
		return "", fmt.Errorf("unknown command %q", cmd)
	}
}

var errQuit = errors.New("quit")

func main() {
	s := &Store{data: map[string]int{}}
	in := bufio.NewScanner(os.Stdin)
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	n := 0
	for in.Scan() {
		n++
		res, err := s.exec(in.Text())
		if errors.Is(err, errQuit) {
			fmt.Fprintln(out, res)
			break
		}
		if err != nil {
			fmt.Fprintf(out, "%3d ERR %v (usage=%t)\n", n, err, errors.Is(err, errUsage))
			continue
		}
		if res != "" {
			fmt.Fprintf(out, "%3d %s\n", n, res)
		}
	}
}
