/* coro_amd64.S: the x86-64 System V context switch.
 *
 * A switched-out context is just a stack pointer: the callee-saved
 * registers (rbp, rbx, r12-r15) sit on that stack above it, followed by
 * the return address. So the GC sees them when it scans the stack from
 * the saved sp, and a switch is six pushes, two moves, six pops and a ret:
 * no system calls, no memory allocation, no signal-mask changes.
 *
 * MXCSR and the x87 control word are not saved: neither generated code nor
 * the runtime changes rounding modes or exception masks, and ldmxcsr/fldcw
 * would cost more than the rest of the switch (libaco's
 * ACO_CONFIG_SHARE_FPU_MXCSR_ENV makes the same choice).
 *
 * A fresh stack (stack.c / proc.c) is laid out as six zero register slots
 * and the address of rt_coro_start, so the first switch "returns" there
 * with rsp 16-byte aligned; rt_coro_start calls rt_gentry (proc.c), which
 * never returns.
 */
    .text

/* void rt_coro_switch(void **save, void *to) */
    .globl  rt_coro_switch
    .type   rt_coro_switch, @function
    .p2align 4
rt_coro_switch:
    .cfi_startproc
    pushq   %rbp
    pushq   %rbx
    pushq   %r12
    pushq   %r13
    pushq   %r14
    pushq   %r15
    movq    %rsp, (%rdi)
    movq    %rsi, %rsp
    popq    %r15
    popq    %r14
    popq    %r13
    popq    %r12
    popq    %rbx
    popq    %rbp
    ret
    .cfi_endproc
    .size   rt_coro_switch, .-rt_coro_switch

/* First code a goroutine runs. The return-address slot above the current
 * rsp is 0, which ends debugger and unwinder backtraces here. */
    .globl  rt_coro_start
    .type   rt_coro_start, @function
    .p2align 4
rt_coro_start:
    .cfi_startproc
    .cfi_undefined rip
    xorl    %ebp, %ebp
    call    rt_gentry
    ud2
    .cfi_endproc
    .size   rt_coro_start, .-rt_coro_start

/* void rt_seg_call(void (*entry)(void *), void *arg, void *top, void **left_sp)
 * (morestack.c): stores rsp in *left_sp, calls entry(arg) with rsp = top
 * (16-byte aligned), then returns on the old stack. rbp keeps the old rsp,
 * and the CFI says so, so unwinders walk from a segment into the stack it
 * was entered from. */
    .globl  rt_seg_call
    .type   rt_seg_call, @function
    .p2align 4
rt_seg_call:
    .cfi_startproc
    pushq   %rbp
    .cfi_def_cfa_offset 16
    .cfi_offset rbp, -16
    movq    %rsp, %rbp
    .cfi_def_cfa_register rbp
    movq    %rsp, (%rcx)
    movq    %rdx, %rsp
    movq    %rdi, %rax
    movq    %rsi, %rdi
    call    *%rax
    movq    %rbp, %rsp
    .cfi_def_cfa_register rsp
    popq    %rbp
    .cfi_def_cfa_offset 8
    ret
    .cfi_endproc
    .size   rt_seg_call, .-rt_seg_call

    .section .note.GNU-stack,"",@progbits
