// The dashboard's only script, served by the bot: a Print button where the page offers one (hidden without script).
document.querySelectorAll("button[data-action='print']").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
