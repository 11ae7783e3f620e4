/** The help text of `copydesk --help`; commands land here as they are built (DESIGN.md, "Command line"). */
export const usage = `Usage: copydesk <command> [options]

Commands:
  import <file…>    Parse .txt, .md and .html files into the article model
  suggest <file>    Entity and quote suggestions for an article (offsets into its text)
  suggest --jsonl   Suggestions for {"id","text"} lines on stdin, one line out per line in
  tag <file> --out <file.md> [--min-confidence X]
                    Apply suggestions (default confidence ≥ 0.6) and write workspace Markdown;
                    new entities go to the --workspace registry
  photo <image…>    IPTC/XMP/EXIF credit fields of a photo (JPEG, PNG, WebP, TIFF, HEIC)
  check <file>      Preflight findings (errors and warnings); exit 1 when errors block export

Options:
  --json              Machine-readable output only on stdout
  --workspace <dir>   Use the entities and sources of this workspace
  -h, --help          Show this help
`
