# reflect: breakpoint
breakpoint()
