// checks: type switches with several types per case, nil, default
package main

import "fmt"

type Pt struct{ X int }

func describe(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string, []byte:
		return fmt.Sprintf("text %v", x)
	case Pt:
		return fmt.Sprint("point ", x.X)
	case *Pt:
		return fmt.Sprint("point ptr ", x.X)
	case error:
		return "error " + x.Error()
	case func() int:
		return fmt.Sprint("func ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	vals := []interface{}{nil, 41, "s", []byte("b"), Pt{1}, &Pt{2}, fmt.Errorf("e"), func() int { return 9 }, 2.5}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
}
