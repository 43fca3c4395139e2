// matcher: small progressive enhancements. Every page works without this file; user text is
// only ever written with textContent, never as HTML.
(function () {
  "use strict";

  // Forms that ask before doing something that cannot be undone.
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (ev) {
      if (!window.confirm(form.getAttribute("data-confirm"))) ev.preventDefault();
    });
  });

  // "Select all" checkbox: toggles every checkbox with the named input name.
  document.querySelectorAll("input[data-toggle-all]").forEach(function (master) {
    var name = master.getAttribute("data-toggle-all");
    var boxes = function () {
      return document.querySelectorAll('input[type=checkbox][name="' + name + '"]');
    };
    master.addEventListener("change", function () {
      boxes().forEach(function (b) { b.checked = master.checked; });
    });
    boxes().forEach(function (b) {
      b.addEventListener("change", function () {
        master.checked = Array.prototype.every.call(boxes(), function (x) { return x.checked; });
      });
    });
  });

  // Filter checkboxes apply at once.
  document.querySelectorAll("input[data-autosubmit]").forEach(function (box) {
    box.addEventListener("change", function () { box.form.submit(); });
  });

  // Evidence links: scroll the résumé pane to the highlight and outline it.
  document.querySelectorAll("a[data-focus]").forEach(function (link) {
    link.addEventListener("click", function (ev) {
      var target = document.getElementById(link.getAttribute("data-focus"));
      if (!target) return;
      ev.preventDefault();
      document.querySelectorAll("mark.ev.focus").forEach(function (m) { m.classList.remove("focus"); });
      target.classList.add("focus");
      target.scrollIntoView({ behavior: "smooth", block: "center" });
    });
  });

  // Upload progress: poll the status endpoint until the batch is finished.
  var batch = document.getElementById("batch");
  if (batch && batch.getAttribute("data-progress-url") && batch.getAttribute("data-finished") !== "1") {
    var labels = {};
    var tpl = document.getElementById("status-labels");
    if (tpl) {
      tpl.content.querySelectorAll("[data-status]").forEach(function (el) {
        labels[el.getAttribute("data-status")] = el.textContent;
      });
    }
    var setText = function (id, value) {
      var el = document.getElementById(id);
      if (el) el.textContent = String(value);
    };
    var render = function (data) {
      var total = data.total || 0;
      var done = data.done || 0;
      var pct = total ? Math.round((100 * done) / total) : (data.finished ? 100 : 0);
      document.getElementById("batch-bar").style.width = pct + "%";
      setText("n-done", done);
      setText("n-total", total);
      var counts = data.counts || {};
      setText("n-parsed", counts.parsed || 0);
      setText("n-duplicate", counts.duplicate || 0);
      setText("n-failed", counts.failed || 0);
      setText("batch-state", data.finished ? labels.done || "" : labels.working || "");
      var tbody = document.querySelector("#file-list tbody");
      var rows = {};
      tbody.querySelectorAll("tr").forEach(function (tr) { rows[tr.getAttribute("data-name")] = tr; });
      (data.files || []).forEach(function (f) {
        var tr = rows[f.name];
        if (!tr) {
          tr = document.createElement("tr");
          tr.setAttribute("data-name", f.name);
          ["file-name", "status", "detail"].forEach(function (cls) {
            var td = document.createElement("td");
            td.className = cls;
            tr.appendChild(td);
          });
          tbody.appendChild(tr);
          rows[f.name] = tr;
        }
        tr.children[0].textContent = f.name;
        tr.children[1].textContent = labels[f.status] || f.status;
        tr.children[1].className = "status status-" + f.status;
        tr.children[2].textContent = f.detail || "";
      });
      batch.setAttribute("data-finished", data.finished ? "1" : "0");
    };
    var poll = function () {
      fetch(batch.getAttribute("data-progress-url"), {
        credentials: "same-origin",
        headers: { Accept: "application/json" },
      })
        .then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
        .then(function (data) {
          render(data);
          if (!data.finished) window.setTimeout(poll, 1000);
        })
        .catch(function () { window.setTimeout(poll, 3000); });
    };
    window.setTimeout(poll, 500);
  }
})();
