// How every command-line script ends: with the exit code its main() returns or, when the script
// itself throws, with one plain line saying the fault is in the tool and not in the editor's content.
// A stack trace is shown only with DEBUG set; exit code 2, as for misuse.

export interface RunOptions {
  /** The caller asked for JSON (e.g. `--json`): a fault is printed as `{ problems: [], fault }` too. */
  json?: boolean;
}

export function runCommand(main: () => number | Promise<number>, name: string, options: RunOptions = {}): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const said = `${name} stopped because of a fault in the tool itself, not in your content; please report it to the developers with this message:`;
        const detail = error instanceof Error ? error.message : String(error);
        // Tools reading JSON get JSON even now: no problems listed, and the fault named.
        if (options.json) console.log(JSON.stringify({ problems: [], fault: `${said} ${detail}` }, null, 2));
        console.error(said);
        console.error(process.env['DEBUG'] ? error : detail);
        process.exitCode = 2;
      },
    );
}
