// A bench's entry: exits 0 when it has printed its figures, 1 with the error otherwise (a
// server or browser it started may keep the event loop alive).
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
