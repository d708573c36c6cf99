/* trace_amd64.S: unwinding a switched-out goroutine (trace.c).
 *
 * void rt_trace_parked(void *sp, void (*fn)(void *), void *arg)
 *
 * sp is a goroutine's saved stack pointer (g->sp): rt_coro_switch
 * (coro_amd64.S) left r15, r14, r13, r12, rbx, rbp and the return address
 * at sp+0 .. sp+48. rt_trace_parked calls fn(arg) on the current stack,
 * but its CFI describes its caller as that switched-out frame: the CFA is
 * sp+56 (computed from rbx, which holds sp during the call), the return
 * address and the callee-saved registers are where rt_coro_switch pushed
 * them. So _Unwind_Backtrace called inside fn walks fn, this frame, then
 * the goroutine's own frames down to rt_coro_start. The unwinder only reads
 * that stack; nothing runs on it.
 *
 * KEEP IN SYNC: the push order of rt_coro_switch.
 */
    .text
    .globl  rt_trace_parked
    .type   rt_trace_parked, @function
    .p2align 4
rt_trace_parked:
    .cfi_startproc
    pushq   %rbx
    .cfi_adjust_cfa_offset 8
    .cfi_offset rbx, -16
    movq    %rdi, %rbx
    /* DW_CFA_def_cfa_expression: DW_OP_breg3 (rbx) 56 */
    .cfi_escape 0x0f, 0x02, 0x73, 0x38
    .cfi_offset rip, -8
    .cfi_offset rbp, -16
    .cfi_offset rbx, -24
    .cfi_offset r12, -32
    .cfi_offset r13, -40
    .cfi_offset r14, -48
    .cfi_offset r15, -56
    movq    %rdx, %rdi
    call    *%rsi
    popq    %rbx
    .cfi_def_cfa rsp, 8
    .cfi_same_value rbx
    .cfi_same_value rbp
    .cfi_same_value r12
    .cfi_same_value r13
    .cfi_same_value r14
    .cfi_same_value r15
    .cfi_offset rip, -8
    ret
    .cfi_endproc
    .size   rt_trace_parked, .-rt_trace_parked

    .section .note.GNU-stack,"",@progbits
