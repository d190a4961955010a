/** The passive "Opt-Out Request Honored" line (contract §5). */
export function GpcStatus({ text }: { text: string }) {
  return (
    <p role="status" class="gpc" part="status">
      {text}
    </p>
  );
}
