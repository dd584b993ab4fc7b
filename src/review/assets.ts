/** The page's style and script, inlined into every page (no network: the page must open from disk). */

export const PAGE_STYLE = `
:root{--stated:#ffe27a;--blank:#cfe6ff;--also:#fff1bd;--bad:#c62828;--line:#d5d5d5;--soft:#f6f6f4}
*{box-sizing:border-box}
body{margin:0 auto;max-width:76rem;padding:0 1rem 4rem;font:15px/1.6 system-ui,"WenQuanYi Micro Hei","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1d1d1d;background:#fff}
h1{font-size:1.35rem;margin:1rem 0 .25rem;overflow-wrap:anywhere}h2{font-size:1.15rem;margin:1.5rem 0 .5rem;overflow-wrap:anywhere}h3{font-size:1rem;margin:1.25rem 0 .4rem}
.legend{margin:.25rem 0 1rem;color:#555;font-size:13px}
.facts{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.25rem 0}.facts div{display:flex;gap:.35rem}.facts dt{color:#666}.facts dd{margin:0;font-weight:600}
.at{color:#666;font-size:12px}code{font-size:13px}
.warnings ol,.values ol,.index ol{padding-left:1.5rem;margin:.25rem 0}.warnings li{margin:.15rem 0}.index li.failed code{color:var(--bad)}.warnings li.error code{color:var(--bad)}
.values summary{cursor:pointer;margin:1rem 0 .25rem}.c.derived{font-style:italic}
pre.src{white-space:pre-wrap;overflow-wrap:anywhere;font:14px/1.75 ui-monospace,"WenQuanYi Micro Hei Mono","WenQuanYi Micro Hei",monospace;background:var(--soft);padding:.75rem;border:1px solid var(--line);border-radius:6px;tab-size:4;margin:0}
mark{color:inherit}mark.v{background:var(--stated);border-radius:2px;cursor:help}mark.v.blank{background:var(--blank)}mark.v.also{background:var(--also)}
mark.v.derived{background:none;border-bottom:2px dashed #8a6d00}mark.v.empty::after{content:"\\2205";color:#777}
mark.v:focus,mark.v.on{outline:2px solid #1a5fb4;outline-offset:1px}
.w{text-decoration:underline wavy var(--bad);text-decoration-skip-ink:none}
:target{outline:3px solid var(--bad);outline-offset:2px}
.mk{display:none}.source.markup .mk{display:inline;color:#8a8a8a}.source.markup .br{display:none}.br.line::before{content:"\\A"}.br.cell::before{content:"  "}
.toggle{display:block;font-size:13px;margin:.25rem 0}
.grid{margin:.75rem 0}.grid figcaption{font-weight:600;margin:.25rem 0}.scroll{overflow-x:auto}
.grid table{border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}
.grid th,.grid td{border:1px solid var(--line);padding:2px 6px}.grid th{background:var(--soft);font-weight:500}.grid td{text-align:right;min-width:2.5em}
.grid th[scope=row]{text-align:left;white-space:nowrap}.grid .d1{padding-left:1.25em}.grid .d2{padding-left:2.5em}.grid tr.group th[scope=rowgroup]{font-weight:600;text-align:left;white-space:nowrap}
.grid td.derived{font-style:italic}.grid td.blank{color:#555}.grid td.absent{color:#aaa}.grid td.none{background:#fbfbfb}
.grid td.bad{background:#fde2e2;box-shadow:inset 0 0 0 2px var(--bad)}.grid a{color:inherit}
#tip{position:fixed;z-index:10;max-width:min(36rem,calc(100vw - 16px));background:#222;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:13px;line-height:1.45;white-space:pre-wrap;pointer-events:none}
@media (max-width:600px){body{padding:0 .5rem 3rem;font-size:14px}pre.src{font-size:13px;padding:.5rem}.grid table{font-size:12px}}
`;

// Hover or focus a value: its details in the tooltip (described-by for screen readers), every fragment outlined.
// n / p move between values, Esc hides the tooltip, a link to a value focuses it.
export const PAGE_SCRIPT = `
(function(){
var tip=document.getElementById('tip'),cur=null;
function parts(m){var id=m.getAttribute('data-part-of')||m.id;var l=[].slice.call(document.querySelectorAll('[data-part-of="'+id+'"]'));var h=document.getElementById(id);if(h)l.unshift(h);return l;}
function hide(){if(!cur)return;parts(cur).forEach(function(p){p.classList.remove('on');});cur.removeAttribute('aria-describedby');cur=null;tip.hidden=true;}
function show(m){if(cur===m)return;hide();cur=m;tip.textContent=m.getAttribute('data-tip');tip.hidden=false;m.setAttribute('aria-describedby','tip');parts(m).forEach(function(p){p.classList.add('on');});
var r=m.getBoundingClientRect(),w=tip.offsetWidth,h=tip.offsetHeight;var top=r.bottom+6;if(top+h>innerHeight-4)top=Math.max(4,r.top-h-6);
tip.style.top=top+'px';tip.style.left=Math.max(8,Math.min(r.left,innerWidth-w-8))+'px';}
function markOf(t){return t&&t.closest?t.closest('mark[data-tip]'):null;}
document.addEventListener('mouseover',function(e){var m=markOf(e.target);if(m)show(m);else if(cur&&document.activeElement!==cur)hide();});
document.addEventListener('focusin',function(e){var m=markOf(e.target);if(m)show(m);else hide();});
document.addEventListener('keydown',function(e){
if(e.key==='Escape'){hide();return;}
if((e.key!=='n'&&e.key!=='p')||e.ctrlKey||e.metaKey||e.altKey)return;
var t=e.target;if(t&&t.matches&&t.matches('input,textarea,select,[contenteditable]'))return;
var all=[].slice.call(document.querySelectorAll('mark[id][tabindex]'));if(!all.length)return;
var i=all.indexOf(document.activeElement);var j=e.key==='n'?Math.min(all.length-1,i+1):Math.max(0,i<0?0:i-1);all[j].focus();all[j].scrollIntoView({block:'center'});e.preventDefault();});
document.addEventListener('change',function(e){var t=e.target;if(t.classList&&t.classList.contains('show-markup'))t.closest('.source').classList.toggle('markup',t.checked);});
function toHash(){var el=location.hash&&document.getElementById(decodeURIComponent(location.hash.slice(1)));if(el&&el.matches('mark[tabindex]'))el.focus();}
addEventListener('hashchange',toHash);toHash();
})();
`;
