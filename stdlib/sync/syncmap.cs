// sync.Map: a map safe for concurrent use, Go 1.19's method set.
//
// Go's Map keeps a read-only copy for lock-free loads; this one is a plain
// map behind an RWMutex, which gives the same results (loads share the
// read lock). Range copies the entries under the lock and calls f without
// it, so f may itself Store, Load or Delete, as Go allows; like Go's, it
// then sees no consistent snapshot of later changes.
package sync

// Map is like map[any]any, safe for concurrent use; the zero Map is empty.
type Map struct {
	mu RWMutex
	m  map[any]any
}

// Load returns the value stored for key, and whether there was one.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.RLock()
	value, ok = m.m[key]
	m.mu.RUnlock()
	return value, ok
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for key if there is one (loaded
// true); otherwise it stores value and returns it.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return value, false
}

// LoadAndDelete deletes key, returning its value if it had one.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return value, loaded
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.LoadAndDelete(key)
}

// Range calls f for each key and value until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.RLock()
	keys := make([]any, 0, len(m.m))
	values := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		values = append(values, v)
	}
	m.mu.RUnlock()
	for i := range keys {
		if !f(keys[i], values[i]) {
			return
		}
	}
}
