/* Copies the text of an input (the generated password) and says so. execCommand first: it works on
   plain http too, where the asynchronous clipboard API is not offered. */
function lnCopy(id) {
  var input = document.getElementById(id);
  var done = function () { document.getElementById('copied').style.visibility = 'visible'; };
  input.select();
  var copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (e) {
    copied = false;
  }
  if (copied) {
    done();
  } else if (navigator.clipboard) {
    navigator.clipboard.writeText(input.value).then(done, function () { input.select(); });
  }
}
