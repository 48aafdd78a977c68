/* Copies the text of an input (the generated password) and says so; falls back to selecting it. */
function lnCopy(id, button) {
  var input = document.getElementById(id);
  var done = function () { document.getElementById('copied').style.visibility = 'visible'; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(input.value).then(done, function () { input.select(); document.execCommand('copy'); done(); });
  } else {
    input.select();
    document.execCommand('copy');
    done();
  }
}
