raise E('m') from exc
