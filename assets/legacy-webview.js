/*
 * ES5 on purpose: this is the one script Internet Explorer's engine (Trident) can run.
 *
 * With <Runtimes> in the manifest, Office on Windows runs the add-in in Trident whenever the
 * conditions for WebView2 are not met ("Runtimes element", learn.microsoft.com/javascript/api/
 * manifest/runtimes; "Browsers and webview controls used by Office Add-ins"), and no requirement
 * set excludes those installations: SharedRuntime 1.1 starts at Version 2002, WebView2 comes with
 * Version 2101 and must be installed by hand for retail Office 2016/2019 on Windows 10. Trident
 * parses no ES2015+ syntax, so the pane and functions.js cannot load there. Instead of a blank pane,
 * this says why in English and Chinese, as "Support older Microsoft webviews and Office versions"
 * recommends (a graceful failure message). Loaded before every other script of taskpane.html.
 */
(function () {
  var agent = window.navigator.userAgent;
  if (agent.indexOf("Trident/") === -1 && agent.indexOf("MSIE ") === -1) return;

  var TEXTS = [
    {
      lang: "en",
      title: "Sales Kit needs a newer webview",
      body:
        "This Office runs add-ins in Internet Explorer, which cannot run Sales Kit. " +
        "Install the Microsoft Edge WebView2 Runtime (Windows 11 has it) or update Microsoft 365 " +
        "to Version 2101 or later, then restart Excel and open Sales Kit again. " +
        "The SALES functions also need it.",
    },
    {
      lang: "zh-CN",
      title: "销售工具包需要较新的 Web 视图",
      body:
        "此 Office 使用 Internet Explorer 运行加载项,无法运行销售工具包。" +
        "请安装 Microsoft Edge WebView2 运行时(Windows 11 已自带)或将 Microsoft 365 更新到 2101 或更高版本," +
        "然后重启 Excel 并重新打开销售工具包。SALES 函数同样需要它。",
    },
  ];

  function show() {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = document.createElement("div");
    box.id = "legacy-webview";
    box.style.fontFamily = "'Segoe UI', 'Microsoft YaHei', sans-serif";
    box.style.padding = "1em";
    for (var i = 0; i < TEXTS.length; i++) {
      var section = document.createElement("section");
      section.setAttribute("lang", TEXTS[i].lang);
      var title = document.createElement("h2");
      title.appendChild(document.createTextNode(TEXTS[i].title));
      var text = document.createElement("p");
      text.appendChild(document.createTextNode(TEXTS[i].body));
      section.appendChild(title);
      section.appendChild(text);
      box.appendChild(section);
    }
    body.appendChild(box);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
