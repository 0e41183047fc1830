# reflect: help
help('os')
