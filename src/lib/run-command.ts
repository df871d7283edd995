// How every command-line script ends: with the exit code its main() returns or, when the script
// itself throws, with one plain line saying the fault is in the tool and not in the editor's content.
// A stack trace is shown only with DEBUG set; exit code 2, as for misuse.

export function runCommand(main: () => number | Promise<number>, name: string): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        console.error(`${name} stopped because of a fault in the tool itself, not in your content; please report it to the developers with this message:`);
        console.error(process.env['DEBUG'] ? error : error instanceof Error ? error.message : String(error));
        process.exitCode = 2;
      },
    );
}
