-- Drives Neovim (0.7.2, Debian's) as a real LSP client of the built server, headless:
--   OGI_SERVER=packages/lsp/dist/server.js OGI_OUT=out.json \
--   nvim --headless -u NONE -c "luafile packages/lsp/test/nvim/drive.lua" report.yaml
-- 0.7 has no vim.lsp.start: start_client + buf_attach_client, then wait for diagnostics.
-- Writes what Neovim received (diagnostics, a hover) to OGI_OUT as JSON and quits.
local server = assert(os.getenv("OGI_SERVER"), "OGI_SERVER not set")
local out = assert(os.getenv("OGI_OUT"), "OGI_OUT not set")
local hover_line = tonumber(os.getenv("OGI_HOVER_LINE") or "0")
local hover_col = tonumber(os.getenv("OGI_HOVER_COL") or "0")

local result = { diagnostics = {}, hover = vim.NIL, error = vim.NIL }

local function finish()
  local f = io.open(out, "w")
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd("qa!")
end

local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = "yaml"
  local client_id = vim.lsp.start_client({
    name = "ogi",
    cmd = { "node", server, "--stdio" },
    root_dir = vim.fn.getcwd(),
    settings = { ogi = { locale = "zh-CN" } },
  })
  assert(client_id, "start_client failed")
  vim.lsp.buf_attach_client(buf, client_id)

  local got = vim.wait(20000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 50)
  if not got then
    error("no diagnostics within 20 s")
  end
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data and d.user_data.lsp) or {}
    table.insert(result.diagnostics, {
      code = lsp.code or d.code or vim.NIL,
      lnum = d.lnum,
      col = d.col,
      severity = d.severity,
      message = d.message,
      source = d.source or vim.NIL,
    })
  end

  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = hover_line, character = hover_col } }
  local responses = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, 10000)
  for _, response in pairs(responses or {}) do
    if response.result and response.result.contents then
      result.hover = response.result.contents.value or vim.NIL
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(3000, function()
    return vim.lsp.get_client_by_id(client_id) == nil
  end, 50)
end)
if not ok then
  result.error = tostring(err)
end
finish()
