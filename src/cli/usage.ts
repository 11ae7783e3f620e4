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
  export <file|workspace> --format nitf|ninjs|ninjs3|md|html|txt[,…] --out <dir>
                    [--allow-errors "<reason>"] [--force]
                    Export articles (a workspace: all of them), named from their slugs; refuses
                    articles with errors unless a reason is given, and existing files without --force
  backup <workspace> --out <file.json> [--force] [--no-media]
                    The whole workspace (articles, trash, entities, sources, media/ photos up
                    to 256 MB) in one JSON file
  restore <file.json> --workspace <dir>
                    Write a backup's files into a workspace folder; never over existing files

Options:
  --json              Machine-readable output only on stdout
  --workspace <dir>   Use the entities and sources of this workspace
  -h, --help          Show this help
`
