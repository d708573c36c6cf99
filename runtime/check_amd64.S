/* check_amd64.S: the slow path of a loop's preemption check (RT_CHECK,
 * rt_sched.h) that keeps every register.
 *
 * RT_CHECK's slow path used to be a plain C call of rt_morestack. Being a
 * call, it made gcc keep every value live across the loop in one of the six
 * callee-saved registers or reload it from the stack each iteration (a
 * sparse matrix-vector loop over five slices: five loads per iteration).
 * rt_morestack_keepregs saves what the C ABI lets rt_morestack clobber
 * (rax, rcx, rdx, rsi, rdi, r8-r11 and xmm0-xmm15) on the goroutine's own
 * stack, calls it, and restores them; to gcc the check is then an asm that
 * changes only memory and flags, so loop values stay in any register.
 *
 * The caller steps over the red zone first (`lea -128(%rsp), %rsp`; gcc
 * sees no call, so the function may keep data there) and back after. The
 * CFI below describes that: the caller's rsp (the CFA) is 8 + 128 above
 * rsp at entry, so tracebacks of a goroutine parked here (trace.c) walk on
 * into the loop's function.
 *
 * Only xmm0-15's low 128 bits are kept: rt_sched.h uses this path only
 * when the generated code is built without AVX (csc's default flags), so
 * no ymm/zmm register holds a value of it. The saved registers sit on the
 * goroutine's stack above its saved sp, where the GC scans them.
 */
    .text
    .globl  rt_morestack_keepregs
    .type   rt_morestack_keepregs, @function
    .p2align 4
rt_morestack_keepregs:
    .cfi_startproc
    .cfi_def_cfa rsp, 136
    .cfi_offset rip, -136
    pushq   %rbp
    .cfi_def_cfa_offset 144
    .cfi_offset rbp, -144
    movq    %rsp, %rbp
    .cfi_def_cfa_register rbp
    pushq   %rax
    pushq   %rcx
    pushq   %rdx
    pushq   %rsi
    pushq   %rdi
    pushq   %r8
    pushq   %r9
    pushq   %r10
    pushq   %r11
    andq    $-16, %rsp
    subq    $256, %rsp
    movaps  %xmm0, 0(%rsp)
    movaps  %xmm1, 16(%rsp)
    movaps  %xmm2, 32(%rsp)
    movaps  %xmm3, 48(%rsp)
    movaps  %xmm4, 64(%rsp)
    movaps  %xmm5, 80(%rsp)
    movaps  %xmm6, 96(%rsp)
    movaps  %xmm7, 112(%rsp)
    movaps  %xmm8, 128(%rsp)
    movaps  %xmm9, 144(%rsp)
    movaps  %xmm10, 160(%rsp)
    movaps  %xmm11, 176(%rsp)
    movaps  %xmm12, 192(%rsp)
    movaps  %xmm13, 208(%rsp)
    movaps  %xmm14, 224(%rsp)
    movaps  %xmm15, 240(%rsp)
    call    rt_morestack
    movaps  0(%rsp), %xmm0
    movaps  16(%rsp), %xmm1
    movaps  32(%rsp), %xmm2
    movaps  48(%rsp), %xmm3
    movaps  64(%rsp), %xmm4
    movaps  80(%rsp), %xmm5
    movaps  96(%rsp), %xmm6
    movaps  112(%rsp), %xmm7
    movaps  128(%rsp), %xmm8
    movaps  144(%rsp), %xmm9
    movaps  160(%rsp), %xmm10
    movaps  176(%rsp), %xmm11
    movaps  192(%rsp), %xmm12
    movaps  208(%rsp), %xmm13
    movaps  224(%rsp), %xmm14
    movaps  240(%rsp), %xmm15
    leaq    -72(%rbp), %rsp
    popq    %r11
    popq    %r10
    popq    %r9
    popq    %r8
    popq    %rdi
    popq    %rsi
    popq    %rdx
    popq    %rcx
    popq    %rax
    popq    %rbp
    .cfi_def_cfa rsp, 136
    .cfi_same_value rbp
    ret
    .cfi_endproc
    .size   rt_morestack_keepregs, .-rt_morestack_keepregs

    .section .note.GNU-stack,"",@progbits
