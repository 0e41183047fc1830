with (yield) as x: pass
