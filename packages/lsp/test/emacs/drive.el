;;; drive.el --- Emacs with eglot as a real LSP client of the OGI server, headless  -*- lexical-binding: t -*-
;;
;;   OGI_REPORT=report.yaml OGI_OUT=out.json OGI_FIX_LINE=57 OGI_FIX_COL=23 \
;;   emacs --batch -q -l init.el -l drive.el
;;
;; init.el is the configuration of docs/editors.md.  Opens the report as a user would, waits for the server's
;; diagnostics in Flymake, runs `eglot-code-actions' (quickfix) at OGI_FIX_LINE:OGI_FIX_COL (0-based) taking the
;; offered default, waits for the diagnostics of the edited text, and writes what Emacs saw to OGI_OUT as JSON.

(require 'json)
(require 'flymake)
(require 'eglot)

;; Debian's Emacs 28 has no YAML mode; elpa-yaml-mode or MELPA's yaml-mode gives one.  Only the mode's name matters here.
(unless (require 'yaml-mode nil t)
  (define-derived-mode yaml-mode text-mode "YAML"))
(add-to-list 'auto-mode-alist '("\\.ya?ml\\'" . yaml-mode))

(defvar ogi-result nil)

(defun ogi-wait (predicate seconds)
  "Process server output until PREDICATE holds or SECONDS pass; return its value."
  (let ((deadline (+ (float-time) seconds)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall predicate)))

(defun ogi-command-loop-turn ()
  "What the command loop does after a command and when idle, which a batch Emacs never does by itself:
eglot-ensure and Flymake start from `post-command-hook', and eglot sends didChange from an idle timer."
  (run-hooks 'post-command-hook)
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun ogi-diagnostics ()
  (mapcar (lambda (d)
            (let ((beg (flymake-diagnostic-beg d)))
              (save-excursion
                (goto-char beg)
                `((line . ,(1- (line-number-at-pos beg)))
                  (col . ,(- beg (line-beginning-position)))
                  (type . ,(symbol-name (flymake-diagnostic-type d)))
                  (text . ,(flymake-diagnostic-text d))))))
          (sort (flymake-diagnostics) (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))

(defun ogi-line-text (line)
  (save-excursion
    (goto-char (point-min))
    (forward-line line)
    (buffer-substring-no-properties (line-beginning-position) (line-end-position))))

(condition-case err
    (let ((fix-line (string-to-number (getenv "OGI_FIX_LINE")))
          (fix-col (string-to-number (getenv "OGI_FIX_COL"))))
      (find-file (getenv "OGI_REPORT"))
      (push `(mode . ,(symbol-name major-mode)) ogi-result)
      (ogi-command-loop-turn)
      (unless (ogi-wait (lambda () (eglot-current-server)) 20) (error "eglot did not connect"))
      (push `(server . ,(format "%s" (process-command (jsonrpc--process (eglot-current-server))))) ogi-result)
      (ogi-command-loop-turn)
      (unless (ogi-wait (lambda () (flymake-diagnostics)) 20) (error "no diagnostics within 20 s"))
      (push `(diagnostics . ,(vconcat (ogi-diagnostics))) ogi-result)
      (push `(before . ,(ogi-line-text fix-line)) ogi-result)
      ;; M-x eglot-code-actions with the quickfix kind, answering its prompt with the default it offers.
      (goto-char (point-min))
      (forward-line fix-line)
      (forward-char fix-col)
      (let* ((offered nil)
             (completing-read-function
              (lambda (_prompt collection &rest args)
                (setq offered (mapcar #'car collection))
                (nth 4 args)))
             (last-nonmenu-event 13)
             (before (ogi-diagnostics)))
        (eglot-code-actions (point) (point) "quickfix" t)
        (push `(offered . ,(vconcat offered)) ogi-result)
        (push `(after . ,(ogi-line-text fix-line)) ogi-result)
        (ogi-command-loop-turn)
        (ogi-wait (lambda () (not (equal (ogi-diagnostics) before))) 20)
        (push `(diagnosticsAfter . ,(vconcat (ogi-diagnostics))) ogi-result)))
  (error (push `(error . ,(error-message-string err)) ogi-result)))

(ignore-errors (eglot-shutdown (eglot-current-server)))
(with-temp-file (getenv "OGI_OUT")
  (insert (json-encode ogi-result)))
(kill-emacs 0)
