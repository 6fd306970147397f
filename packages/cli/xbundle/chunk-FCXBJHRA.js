// packages/cli/dist/output/render-summary.js
function renderSummary(result) {
  const seconds = (result.durationMs / 1e3).toFixed(1);
  const kind = result.dryRun ? "Dry run" : "Run";
  const tenants = result.tenants;
  const counts = tenants ? ` (${tenants.length} tenant${tenants.length === 1 ? "" : "s"}: ${countStatuses(tenants)})` : "";
  const out = [`${kind} ${result.runId} of ${result.pipeline}: ${result.status} in ${seconds}s${counts}`, ""];
  const rows = tenants ? tenants.flatMap((t) => t.streams.map((s) => ({ tenant: t.tenant ?? "", s }))) : result.streams.map((s) => ({ tenant: void 0, s }));
  out.push(...renderTable(rows));
  const errors = [];
  if (tenants) {
    for (const t of tenants)
      if (t.error)
        errors.push(`${t.tenant ?? ""}: ${t.error}`);
    if (!tenants.length && result.error)
      errors.push(result.error);
  } else {
    for (const s of result.streams)
      if (s.error)
        errors.push(`${s.stream}: ${s.error}`);
    if (!errors.length && result.error)
      errors.push(result.error);
  }
  if (errors.length)
    out.push("", ...errors);
  if (result.dryRun)
    out.push("", "Dry run: nothing was written and no cursor was saved.");
  return `${out.join("\n")}
`;
}
function renderTable(rows) {
  const withTenant = rows.some((r) => r.tenant !== void 0);
  const header = [
    ...withTenant ? ["tenant"] : [],
    "stream",
    "status",
    "read",
    "written",
    "inserted",
    "updated",
    "unchanged",
    "rejected",
    "cursor"
  ];
  const numeric = /* @__PURE__ */ new Set(["read", "written", "inserted", "updated", "unchanged", "rejected"]);
  const cells = rows.map(({ tenant, s }) => [
    ...withTenant ? [tenant ?? ""] : [],
    s.stream,
    s.status,
    String(s.recordsRead),
    String(s.recordsWritten),
    String(s.inserted),
    String(s.updated),
    String(s.skipped),
    String(s.recordsRejected),
    formatCursor(s.cursorBefore, s.cursorAfter)
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (row) => row.map((c, i) => numeric.has(header[i]) ? c.padStart(widths[i]) : c.padEnd(widths[i])).join("  ").trimEnd();
  return [line(header), ...cells.map(line)];
}
function countStatuses(results) {
  const counts = /* @__PURE__ */ new Map();
  for (const r of results)
    counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  return [...counts].map(([status, n]) => `${n} ${status}`).join(", ");
}
function formatCursor(before, after) {
  if (before === void 0 && after === void 0)
    return "-";
  const show = (v) => v === void 0 || v === null ? "(start)" : typeof v === "string" ? v : JSON.stringify(v);
  return JSON.stringify(before) === JSON.stringify(after) ? `${show(after)} (unchanged)` : `${show(before)} -> ${show(after)}`;
}

export {
  renderSummary
};
