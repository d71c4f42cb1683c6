#!/usr/bin/env bash
# Renders docs/panel.png: the issue panel's HTML, made by our templates in JiraEndToEndTest (a real audit on
# the embedded MariaDB), styled with AUI from the npm registry (@atlassian/aui, installed into a temporary
# folder, never committed) and our css/sqlaudit.css, photographed by headless Chromium (Debian's chromium).
#
#   scripts/render-panel-png.sh            # runs the end-to-end test first, then renders
#   SKIP_TEST=1 scripts/render-panel-png.sh  # reuse target/panel/panel-fragment.html
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_TEST:-}" != 1 ]]; then
  mvn -B -o -q test -Dtest='io.github.sqlaudit.jira.JiraEndToEndTest' -Dsurefire.failIfNoSpecifiedTests=false
fi
fragment=target/panel/panel-fragment.html
[[ -f $fragment ]] || { echo "missing $fragment: run without SKIP_TEST" >&2; exit 2; }

command -v chromium >/dev/null || { echo "chromium is not installed: apt-get install -y chromium" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
aui_dir=${AUI_DIR:-}
if [[ -z $aui_dir ]]; then
  (cd "$work" && npm install --silent --no-audit --no-fund --ignore-scripts @atlassian/aui >/dev/null)
  aui_dir=$work/node_modules/@atlassian/aui
fi
aui_css=$aui_dir/dist/aui/aui-prototyping.css
[[ -f $aui_css ]] || { echo "no AUI stylesheet at $aui_css" >&2; exit 2; }

page=$work/panel.html
{
  cat <<HTML
<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>SQL Audit panel</title>
<link rel="stylesheet" href="file://$(realpath "$aui_css")">
<link rel="stylesheet" href="file://$(realpath src/main/resources/css/sqlaudit.css)">
<style>
  body { background: #fff; margin: 0; padding: 16px 24px; width: 1040px; }
  .module-header { display: flex; align-items: center; gap: 6px; border-bottom: 1px solid #dfe1e6; margin-bottom: 8px; }
  .module-header h4 { margin: 0 0 6px; font-size: 14px; color: #172b4d; }
</style></head>
<body class="aui-layout">
<div class="module"><div class="module-header"><h4>SQL Audit</h4></div>
HTML
  cat "$fragment"
  echo '</div></body></html>'
} > "$page"

chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --no-first-run --user-data-dir="$work/profile" --hide-scrollbars --allow-file-access-from-files \
  --window-size=1090,790 --screenshot="$work/panel.png" "file://$page" >/dev/null 2>&1
cp "$work/panel.png" docs/panel.png
echo "docs/panel.png written ($(stat -c %s docs/panel.png) bytes)"
