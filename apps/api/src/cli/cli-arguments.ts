/**
 * The command's own arguments. `pnpm <script> -- --flag` hands the `--` to the script as an
 * argument; it only separates pnpm's options from the script's, so it is dropped here.
 */
export function commandArguments(argv: readonly string[] = process.argv.slice(2)): string[] {
  return argv.filter((argument) => argument !== '--');
}

/**
 * For commands that take no arguments: `--help` prints the usage and ends the process
 * successfully; anything else is refused with the usage, so a mistyped option never runs the job.
 */
export function acceptNoArguments(
  usage: string,
  argv: readonly string[] = commandArguments(),
): void {
  if (argv.length === 0) return;
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  console.error(`rebound: unexpected argument ${argv[0] ?? ''}\n${usage}`);
  process.exit(2);
}
