// Stable (and so SliceStable): Go 1.19's algorithm, so that a program
// sees the same sequence of Less and Swap calls as under Go (a Less or
// Swap with side effects, or one that counts its calls, prints the same).
//
// Insertion sort of blocks of 20 elements, then rounds of merging
// neighbouring blocks of doubling size in place with SymMerge (Kim and
// Kutzner, "Stable Minimum Storage Merging by Symmetric Comparisons"):
// one binary search finds the cut that splits both runs around the
// middle of the range, the two inner pieces are rotated past each
// other, and each side is merged recursively. Rotation swaps whole
// blocks (Gries and Mills), at most hi-lo Swap calls, each element
// moved about once; reversing three times instead, as this file did
// before, made about 25% more Swap calls and three passes over memory
// (bench/extra/sortiface: 873M against 781M instructions).
//
// O(n log n) Less and O(n log^2 n) Swap calls; no memory beyond the
// recursion, which is O(log n) deep.
package sort

// stableBlock is the length of the runs that insertion sort makes first.
const stableBlock = 20

// Stable sorts data in increasing order as determined by Less, keeping
// equal elements in their original order.
func Stable(data Interface) {
	n := data.Len()
	lo := 0
	for ; lo+stableBlock <= n; lo += stableBlock {
		insertionSort(data, lo, lo+stableBlock)
	}
	insertionSort(data, lo, n)
	for size := stableBlock; size < n; size *= 2 {
		lo = 0
		for ; lo+2*size <= n; lo += 2 * size {
			symMerge(data, lo, lo+size, lo+2*size)
		}
		if lo+size < n {
			symMerge(data, lo, lo+size, n)
		}
	}
}

// insertionSort sorts data[lo:hi] stably.
func insertionSort(data Interface, lo, hi int) {
	for i := lo + 1; i < hi; i++ {
		for j := i; j > lo && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// symMerge merges the sorted neighbours data[lo:mid] and data[mid:hi]
// (both may be empty) in place, keeping equal elements in order.
func symMerge(data Interface, lo, mid, hi int) {
	if mid-lo == 1 {
		insertFirst(data, lo, mid, hi)
		return
	}
	if hi-mid == 1 {
		insertLast(data, lo, mid)
		return
	}
	// Find the cut c: the first c elements before centre and the last c
	// after it (mirrored around centre) change sides, comparing
	// data[centre+mid-1-c] with data[c] for c in [first, last).
	centre := int(uint(lo+hi) >> 1)
	sum := centre + mid
	first, last := lo, mid
	if mid > centre {
		first, last = sum-hi, centre
	}
	for first < last {
		c := int(uint(first+last) >> 1)
		if !data.Less(sum-1-c, c) {
			first = c + 1
		} else {
			last = c
		}
	}
	end := sum - first
	if first < mid && mid < end {
		rotate(data, first, mid, end)
	}
	if lo < first && first < centre {
		symMerge(data, lo, first, centre)
	}
	if centre < end && end < hi {
		symMerge(data, centre, end, hi)
	}
}

// insertFirst moves the single element data[lo] (lo+1 == mid) after
// every element of the sorted data[mid:hi] that is less than it.
func insertFirst(data Interface, lo, mid, hi int) {
	a, b := mid, hi
	for a < b {
		h := int(uint(a+b) >> 1)
		if data.Less(h, lo) {
			a = h + 1
		} else {
			b = h
		}
	}
	for k := lo; k < a-1; k++ {
		data.Swap(k, k+1)
	}
}

// insertLast moves the single element data[mid] (the last) before every
// element of the sorted data[lo:mid] that is greater than it.
func insertLast(data Interface, lo, mid int) {
	a, b := lo, mid
	for a < b {
		h := int(uint(a+b) >> 1)
		if !data.Less(mid, h) {
			a = h + 1
		} else {
			b = h
		}
	}
	for k := mid; k > a; k-- {
		data.Swap(k, k-1)
	}
}

// rotate exchanges the non-empty neighbouring blocks data[lo:mid] and
// data[mid:hi], keeping the order within each: the shorter block is
// swapped with the far end of the longer one, which leaves a smaller
// rotation of the same kind, until both are equally long.
func rotate(data Interface, lo, mid, hi int) {
	left, right := mid-lo, hi-mid
	for left != right {
		if left > right {
			swapBlocks(data, mid-left, mid, right)
			left -= right
		} else {
			swapBlocks(data, mid-left, mid+right-left, left)
			right -= left
		}
	}
	swapBlocks(data, mid-left, mid, left)
}

// swapBlocks swaps data[a:a+n] with data[b:b+n] element by element.
func swapBlocks(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}
