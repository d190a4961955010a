/** The passive "Opt-Out Request Honored" line (CA Cal. Code Regs. tit. 11 § 7025(c)(6)). */
export function GpcStatus({ text }: { text: string }) {
  return (
    <p role="status" class="gpc" part="status">
      {text}
    </p>
  );
}
